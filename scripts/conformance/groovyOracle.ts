// The Groovy oracle: real Groovy 2.4.21 (Debian `groovy`, the version of CPI's Script step 1.1) on a
// JVM, with the Java Message and messageLogFactory of the Rhino oracle (scripts/conformance/java).
// GroovyRunner is compiled against the Rhino oracle's classes into a cache folder keyed by content.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusCase } from './corpus';
import type { RhinoResult } from './rhino';

const SOURCE = new URL('./groovy/ifs/conformance/GroovyRunner.java', import.meta.url).pathname;
const SHARE = '/usr/share/java';
const JARS = ['groovy-all.jar', 'js.jar', 'gson.jar', 'commons-lang3.jar', 'commons-io.jar'];

/** What is missing to run the Groovy oracle, or null. */
export function missingGroovy(): string | null {
  const missing = JARS.filter((j) => !existsSync(join(SHARE, j)));
  return missing.length ? missing.join(', ') : null;
}

function classpath(extra: string[]): string {
  return [...extra, ...JARS.map((j) => join(SHARE, j))].join(':');
}

/** Compile GroovyRunner once per content, beside the Rhino oracle's classes. */
export function compileGroovyOracle(rhinoClasses: string, cacheRoot: string): string {
  const hash = createHash('sha256').update(readFileSync(SOURCE)).update(rhinoClasses).digest('hex');
  const out = join(cacheRoot, `groovy-${hash.slice(0, 16)}`);
  if (existsSync(join(out, 'ifs', 'conformance', 'GroovyRunner.class'))) return out;
  mkdirSync(out, { recursive: true });
  execFileSync(
    'javac',
    ['-nowarn', '-encoding', 'UTF-8', '-d', out, '-cp', classpath([rhinoClasses]), SOURCE],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return out;
}

/** Run every case in one JVM (UTC, English locale, UTF-8); results in the Rhino oracle's shape. */
export function runInGroovy(
  cases: CorpusCase[],
  rhinoClasses: string,
  classes: string,
): RhinoResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'ifs-groovy-'));
  try {
    const input = join(dir, 'cases.json');
    const output = join(dir, 'results.json');
    writeFileSync(
      input,
      JSON.stringify(
        cases.map((c) => ({
          id: c.id,
          fileName: c.fileName,
          source: c.source,
          functionName: c.functionName,
          body: c.body,
          headers: c.headers,
          properties: c.properties,
        })),
      ),
    );
    execFileSync(
      'java',
      [
        '-Duser.timezone=UTC',
        '-Duser.language=en',
        '-Duser.country=US',
        '-Dfile.encoding=UTF-8',
        '-XX:+UseSerialGC',
        '-XX:TieredStopAtLevel=1',
        '-Xshare:auto',
        '-cp',
        classpath([classes, rhinoClasses]),
        'ifs.conformance.GroovyRunner',
        input,
        output,
      ],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, TZ: 'UTC' },
        timeout: 300_000,
      },
    );
    return JSON.parse(readFileSync(output, 'utf8')) as RhinoResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
