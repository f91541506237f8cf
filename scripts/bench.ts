/**
 * `npm run bench`: prints every performance figure issues 2–5 ask for and writes them to
 * bench-results/bench.json. Figures only: nothing here passes or fails on time. A part that
 * cannot run (missing module, no Chromium, no Service Worker) prints "n/a (reason)" and the
 * rest goes on.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, initialJsFromBuild } from './bench/buildApp';
import { buildBenchPage } from './bench/buildBenchPage';
import {
  benchPageFigures,
  designerAndPreviewFigures,
  ENGINE_PAGE,
  ENGINE_WORKER,
  LABELS,
} from './bench/browserParts';
import { Figures, reasonOf, round } from './bench/figures';
import { launchChromium } from './bench/launch';
import {
  autosaveFigures,
  cpiFigures,
  engineFigures,
  engineLabels,
  sandboxFigures,
  serveFigures,
  tenantFigures,
} from './bench/nodeParts';
import { printTable } from './bench/printTable';
import { serve } from './bench/serve';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_LABELS = {
  shell: 'initial JS from the build: entry + static imports',
  canvas: 'initial JS from the build: + canvas chunk (FlowEditor) + its static imports',
};
const AREA_ORDER = [
  '#2 designer',
  '#3 script',
  '#4 simulation',
  '#5 tenant',
  '#11 cpi',
  '#13 designer',
  '#15 cli',
];

async function buildFigures(figures: Figures, outDir: string): Promise<boolean> {
  let built = false;
  await figures.part('#2 designer', Object.values(BUILD_LABELS), async () => {
    await buildApp(ROOT, outDir);
    built = true;
    const { shell, canvas } = await initialJsFromBuild(outDir);
    figures.add({
      area: '#2 designer',
      label: BUILD_LABELS.shell,
      value: round(shell.kb, 1),
      unit: 'KB gzip',
      target: '≤ 200',
      note: `${shell.files.length} files (index.html script + modulepreload)`,
      details: shell.files,
    });
    if (canvas)
      figures.add({
        area: '#2 designer',
        label: BUILD_LABELS.canvas,
        value: round(canvas.kb, 1),
        unit: 'KB gzip',
        target: '≤ 200',
        note: `${canvas.files.length} files; Monaco, QuickJS, simulation stay lazy`,
        details: canvas.files,
      });
    else figures.na('#2 designer', [BUILD_LABELS.canvas], 'no FlowEditor chunk in the manifest');
  });
  return built;
}

async function browserFigures(figures: Figures, outDir: string): Promise<void> {
  const browserRows: [string, string[]][] = [
    ['#2 designer', [LABELS.loadedJs, LABELS.openInApp, LABELS.openCold, LABELS.pan]],
    ['#3 script', [LABELS.previewP50, LABELS.previewP95]],
    ['#4 simulation', [...engineLabels(ENGINE_WORKER), ...engineLabels(ENGINE_PAGE)]],
    ['#5 tenant', [LABELS.sw]],
  ];
  let pageProblem: string | null = null;
  try {
    await buildBenchPage(ROOT, outDir);
  } catch (e) {
    pageProblem = `bench page build failed: ${reasonOf(e)}`;
  }
  let server: Awaited<ReturnType<typeof serve>> | null = null;
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    server = await serve(ROOT, outDir);
    browser = await launchChromium();
    await designerAndPreviewFigures(browser, server.url, figures).catch((e: unknown) => {
      const done = new Set(figures.rows.map((r) => r.label));
      for (const [area, labels] of browserRows.slice(0, 2))
        figures.na(
          area,
          labels.filter((l) => !done.has(l)),
          reasonOf(e),
        );
    });
    await benchPageFigures(browser, server.url, figures, pageProblem);
  } catch (e) {
    const done = new Set(figures.rows.map((r) => r.label));
    for (const [area, labels] of browserRows)
      figures.na(
        area,
        labels.filter((l) => !done.has(l)),
        `Chromium: ${reasonOf(e)}`,
      );
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const figures = new Figures();
  process.stderr.write('npm run bench: Node figures, then the build, then Chromium…\n');
  await sandboxFigures(figures);
  await engineFigures(figures);
  await tenantFigures(figures);
  await cpiFigures(figures);
  await serveFigures(figures);
  await autosaveFigures(figures);

  const tmp = await mkdtemp(join(tmpdir(), 'ifs-bench-'));
  const outDir = join(tmp, 'app');
  try {
    if (await buildFigures(figures, outDir)) await browserFigures(figures, outDir);
    else
      figures.na(
        '#2 designer',
        [LABELS.loadedJs, LABELS.openInApp, LABELS.openCold, LABELS.pan],
        'app build failed',
      );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const rows = [...figures.rows].sort(
    (a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area),
  );
  console.log(printTable(rows));
  const seconds = round((Date.now() - started) / 1000, 1);
  // Timings move with whatever else runs on the machine: say how busy it was.
  const machine = `${cpus().length} cores, 1-min load average ${round(loadBefore, 1)} at start, ${round(loadavg()[0] ?? 0, 1)} at end`;
  console.log(
    `\n${rows.filter((r) => r.value === null).length} n/a · ${seconds} s in all · ${machine}`,
  );
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  const file = join(ROOT, 'bench-results', 'bench.json');
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), seconds, machine, figures: rows }, null, 2)}\n`,
  );
  console.log(`written to ${file}`);
}

await main();
