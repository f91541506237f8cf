/**
 * `npm run bench:ui`: the designer's speed figures (issue 13) over the production build, in
 * headless Chromium, for the empty editor and generated 1,000- and 5,000-step flows. Every figure
 * is the median of 5 cold runs (fresh context: empty HTTP cache and IndexedDB). Figures only:
 * nothing here passes or fails on time.
 *
 * Options (environment): IFS_BENCH_RUNS (default 5), IFS_BENCH_SIZES (default "0,1000,5000"),
 * IFS_BENCH_PORT (default: first free of 5110-5119), IFS_BENCH_DIST (measure an existing build
 * made with `--manifest` instead of building).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newFlow } from '../src/core/model/factory';
import { exportFlow } from '../src/core/io';
import { buildApp } from './bench/buildApp';
import { bigFlow, throughImport } from './bench/bigFlow';
import { reasonOf, round, type Figure } from './bench/figures';
import { launchChromium } from './bench/launch';
import { printTable } from './bench/printTable';
import { serve } from './bench/serve';
import { runOnce, type RunFigures, type RunTarget } from './bench/ui/runOnce';
import { UI_ROWS } from './bench/ui/rows';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.IFS_BENCH_RUNS ?? 5);
const SIZES = (process.env.IFS_BENCH_SIZES ?? '0,1000,5000').split(',').map(Number);

/** The flow of a scenario; the generated ones are also written to bench-results/fixtures. */
function target(size: number): RunTarget {
  if (size === 0)
    return {
      flow: throughImport(newFlow({ id: 'Bench_Empty', name: 'Empty flow' })),
      clickId: 'StartEvent_1',
      deleteBox: null,
    };
  // 40 columns as in `npm run bench`; 70 for bigger flows, so that the whole flow fits the
  // view at React Flow's minimum zoom.
  const cols = size > 2000 ? 70 : 40;
  const flow = bigFlow(size, `Bench_${size}`, cols);
  // Columns 1-20 of rows 1-25 (snake order: row 25 runs left to right): 500 steps and Start.
  return {
    flow,
    clickId: 'Step_1',
    deleteBox: { from: 'Step_1', to: `Step_${24 * cols + 20}`, stepsInside: 500 },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function scenario(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  size: number,
): Promise<Figure[]> {
  const area = size === 0 ? 'empty editor' : `${size.toLocaleString('en-US')} steps`;
  const t = target(size);
  if (size > 0) {
    const dir = join(ROOT, 'bench-results', 'fixtures');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${t.flow.id}.flow.json`), exportFlow(t.flow));
  }
  const runs: RunFigures[] = [];
  const errors: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`  [bench:ui] ${area}: run ${i + 1}/${RUNS}\n`);
    try {
      runs.push(await runOnce(browser, url, t));
    } catch (e) {
      errors.push(reasonOf(e));
    }
  }
  if (runs.length === 0)
    return UI_ROWS.map((r) => ({ area, label: r.label, value: null, unit: '', note: errors[0] }));
  return UI_ROWS.filter((r) => size > 0 || !r.bigOnly).map((row) => {
    const values = runs.map(row.pick).filter((v): v is number => v !== null);
    if (values.length === 0)
      return { area, label: row.label, value: null, unit: '', note: 'not measured' };
    const note = [
      `${values.length} runs, ${round(Math.min(...values), row.digits)}–${round(Math.max(...values), row.digits)}`,
      row.note?.(runs),
      errors.length ? `${errors.length} failed: ${errors[0]}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      area,
      label: row.label,
      value: round(median(values), row.digits),
      unit: row.unit,
      ...(row.target ? { target: row.target } : {}),
      note,
    };
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const tmp = await mkdtemp(join(tmpdir(), 'ifs-bench-ui-'));
  const outDir = process.env.IFS_BENCH_DIST ?? join(tmp, 'app');
  const rows: Figure[] = [];
  try {
    if (!process.env.IFS_BENCH_DIST) {
      process.stderr.write('npm run bench:ui: building the app…\n');
      await buildApp(ROOT, outDir);
    }
    const server = await serve(ROOT, outDir);
    const browser = await launchChromium();
    try {
      for (const size of SIZES) rows.push(...(await scenario(browser, server.url, size)));
    } finally {
      await browser.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  console.log(printTable(rows));
  const seconds = round((Date.now() - started) / 1000, 1);
  const machine = `${cpus().length} cores, 1-min load average ${round(loadBefore, 1)} at start, ${round(loadavg()[0] ?? 0, 1)} at end`;
  console.log(`\nmedians of ${RUNS} cold runs · ${seconds} s in all · ${machine}`);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  const file = join(ROOT, 'bench-results', 'bench-ui.json');
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), seconds, machine, runs: RUNS, figures: rows }, null, 2)}\n`,
  );
  console.log(`written to ${file}`);
}

await main();
