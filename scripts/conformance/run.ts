// `npm run conformance`: every corpus script in the studio's sandbox and in real Rhino 1.7.14,
// compared; prints a table (same / different / refused, first difference) and exits non-zero when
// fewer than TARGET of the scripts end as expected. Options: --only <id-substring>, --verbose.
process.env.TZ = 'UTC';
import { join } from 'node:path';
import { runScript } from '../../src/core/script';
import type { RunScriptResult } from '../../src/core/script/types';
import { compare, type Outcome } from './compare';
import { loadCorpus, type CorpusCase } from './corpus';
import { compileOracle, missingOracle, runInRhino, type RhinoResult } from './rhino';

const TARGET = 0.95;
const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = new URL('./corpus/', import.meta.url).pathname;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runStudio(c: CorpusCase): Promise<RunScriptResult> {
  return runScript({
    source: c.source,
    fileName: c.fileName,
    message: { body: c.body, headers: { ...c.headers }, properties: { ...c.properties } },
    limits: { timeMs: 5000 },
  });
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function main(): Promise<void> {
  const missing = missingOracle();
  if (missing) {
    console.error(
      `conformance: the Rhino oracle needs ${missing}.\n` +
        'Install with: apt-get install -y rhino default-jdk-headless libgoogle-gson-java libcommons-lang3-java libcommons-io-java',
    );
    process.exit(2);
  }
  const only = arg('--only');
  const cases = loadCorpus(CORPUS).filter((c) => !only || c.id.includes(only));
  const started = performance.now();
  const classes = compileOracle(join(ROOT, 'node_modules', '.cache', 'ifs-conformance'));
  // Scripts the studio must refuse (file system, network, threads …) never run in the JVM.
  const rhinoCases = cases.filter((c) => c.expect === 'same');
  const rhinoStarted = performance.now();
  const rhino = new Map<string, RhinoResult>(runInRhino(rhinoCases, classes).map((r) => [r.id, r]));
  const rhinoMs = performance.now() - rhinoStarted;
  const rows: { c: CorpusCase; o: Outcome }[] = [];
  const studioStarted = performance.now();
  for (const c of cases) {
    const studio = await runStudio(c);
    rows.push({ c, o: compare(c, studio, rhino.get(c.id)) });
  }
  const studioMs = performance.now() - studioStarted;

  const w = Math.max(...rows.map((r) => r.c.id.length), 4);
  console.log(`${pad('script', w)}  mode  result     first difference`);
  console.log(`${'─'.repeat(w)}  ────  ─────────  ${'─'.repeat(40)}`);
  for (const { c, o } of rows) {
    const mark = o.pass ? o.verdict : `${o.verdict} ✗`;
    console.log(`${pad(c.id, w)}  ${pad(c.mode, 4)}  ${pad(mark, 9)}  ${o.detail}`);
  }
  const count = (v: string): number => rows.filter((r) => r.o.verdict === v).length;
  const passed = rows.filter((r) => r.o.pass).length;
  const ratio = rows.length ? passed / rows.length : 0;
  console.log(
    `\n${rows.length} scripts: ${count('same')} same, ${count('different')} different, ` +
      `${count('refused')} refused (as expected). ${passed}/${rows.length} = ${(ratio * 100).toFixed(1)} % as Rhino ` +
      `(target ${TARGET * 100} %). Rhino ${(rhinoMs / 1000).toFixed(1)} s (one JVM), studio ${(studioMs / 1000).toFixed(1)} s, ` +
      `total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (!only && ratio < TARGET) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
