// `npm run conformance`: every corpus script in the studio's sandbox and in the real engine CPI
// uses, compared: JavaScript against Rhino 1.7.14 (corpus/*.js), Groovy against Groovy 2.4.21
// (groovy-corpus/*.groovy), both with the same Java Message. Prints a table per language (same /
// different / refused, first difference) and exits non-zero when fewer than the target of the
// scripts end as expected. Options: --only <id-substring>, --js, --groovy.
process.env.TZ = 'UTC';
import { join } from 'node:path';
import { runScript } from '../../src/core/script';
import type { RunScriptResult } from '../../src/core/script/types';
import { compare, type Outcome } from './compare';
import { loadCorpus, type CorpusCase } from './corpus';
import { compileGroovyOracle, missingGroovy, runInGroovy } from './groovyOracle';
import { compileOracle, missingOracle, runInRhino, type RhinoResult } from './rhino';

const TARGET = 0.95;
const GROOVY_TARGET = 0.85;
const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = new URL('./corpus/', import.meta.url).pathname;
const GROOVY_CORPUS = new URL('./groovy-corpus/', import.meta.url).pathname;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runStudio(
  c: CorpusCase,
  language: 'javascript' | 'groovy',
): Promise<RunScriptResult> {
  return runScript({
    source: c.source,
    fileName: c.fileName,
    language,
    ...(c.functionName ? { functionName: c.functionName } : {}),
    message: { body: c.body, headers: { ...c.headers }, properties: { ...c.properties } },
    limits: { timeMs: 5000 },
  });
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function suite(
  title: string,
  engine: string,
  cases: CorpusCase[],
  oracle: (cases: CorpusCase[]) => RhinoResult[],
  language: 'javascript' | 'groovy',
  target: number,
): Promise<boolean> {
  const started = performance.now();
  const oracleCases = cases.filter((c) => c.expect === 'same');
  const oracleStarted = performance.now();
  const results = new Map<string, RhinoResult>(oracle(oracleCases).map((r) => [r.id, r]));
  const oracleMs = performance.now() - oracleStarted;
  const rows: { c: CorpusCase; o: Outcome }[] = [];
  const studioStarted = performance.now();
  for (const c of cases)
    rows.push({ c, o: compare(c, await runStudio(c, language), results.get(c.id)) });
  const studioMs = performance.now() - studioStarted;
  const w = Math.max(...rows.map((r) => r.c.id.length), 6);
  console.log(`\n${title}\n${pad('script', w)}  result     first difference`);
  console.log(`${'─'.repeat(w)}  ─────────  ${'─'.repeat(40)}`);
  for (const { c, o } of rows) {
    const mark = o.pass ? o.verdict : `${o.verdict} ✗`;
    console.log(`${pad(c.id, w)}  ${pad(mark, 9)}  ${o.detail.replace(/Rhino/g, engine)}`);
  }
  const count = (v: string): number => rows.filter((r) => r.o.verdict === v).length;
  const passed = rows.filter((r) => r.o.pass).length;
  const ratio = rows.length ? passed / rows.length : 0;
  console.log(
    `\n${rows.length} scripts: ${count('same')} same, ${count('different')} different, ` +
      `${count('refused')} refused (as expected). ${passed}/${rows.length} = ${(ratio * 100).toFixed(1)} % as ${engine} ` +
      `(target ${target * 100} %). ${engine} ${(oracleMs / 1000).toFixed(1)} s (one JVM), studio ${(studioMs / 1000).toFixed(1)} s, ` +
      `total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return ratio >= target;
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
  const filter = (cs: CorpusCase[]) => cs.filter((c) => !only || c.id.includes(only));
  const onlyGroovy = process.argv.includes('--groovy');
  const onlyJs = process.argv.includes('--js');
  const cache = join(ROOT, 'node_modules', '.cache', 'ifs-conformance');
  const classes = compileOracle(cache);
  let ok = true;
  if (!onlyGroovy) {
    ok =
      (await suite(
        'JavaScript: the studio against Rhino 1.7.14',
        'Rhino',
        filter(loadCorpus(CORPUS)),
        (cs) => runInRhino(cs, classes),
        'javascript',
        TARGET,
      )) && ok;
  }
  if (!onlyJs) {
    const missingG = missingGroovy();
    if (missingG) {
      console.error(
        `conformance: the Groovy oracle needs ${missingG}. Install with: apt-get install -y groovy`,
      );
      process.exit(2);
    }
    const groovyClasses = compileGroovyOracle(classes, cache);
    ok =
      (await suite(
        'Groovy: the studio against Groovy 2.4.21',
        'Groovy',
        filter(loadCorpus(GROOVY_CORPUS, '.groovy')),
        (cs) => runInGroovy(cs, classes, groovyClasses),
        'groovy',
        GROOVY_TARGET,
      )) && ok;
  }
  if (!only && !ok) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
