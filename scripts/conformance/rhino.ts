// The oracle: real Rhino 1.7.14 on a JVM with a Java Message / messageLogFactory written from
// CPI's Script API (scripts/conformance/java). The Java sources are compiled with javac into a cache
// folder keyed by their content; every case runs in one JVM.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { CorpusCase } from './corpus';

const JAVA_DIR = new URL('./java/', import.meta.url).pathname;
const SHARE = '/usr/share/java';
/** Rhino 1.7.14 (Debian `rhino` / `librhino-java`) and the libraries CPI offers scripts. */
const JARS = ['js.jar', 'gson.jar', 'commons-lang3.jar', 'commons-io.jar'];

export interface RhinoResult {
  id: string;
  ok: boolean;
  error?: { type: string; message: string; line?: number };
  body: unknown;
  headers: Record<string, unknown>;
  properties: Record<string, unknown>;
  logProperties: Record<string, string>;
  logAttachments: { name: string; type: string; content: string }[];
  ms: number;
}

/** What is missing to run the oracle, or null when everything is there. */
export function missingOracle(): string | null {
  const missing = JARS.filter((j) => !existsSync(join(SHARE, j)));
  for (const tool of ['java', 'javac']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      missing.push(tool);
    }
  }
  return missing.length ? missing.join(', ') : null;
}

function javaSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return javaSources(p);
    return name.endsWith('.java') ? [p] : [];
  });
}

function classpath(extra: string): string {
  return [extra, ...JARS.map((j) => join(SHARE, j))].join(':');
}

/** Compile the Java side once per content (cache under node_modules/.cache), return its folder. */
export function compileOracle(cacheRoot: string): string {
  const sources = javaSources(JAVA_DIR).sort();
  const hash = createHash('sha256');
  for (const s of sources) hash.update(relative(JAVA_DIR, s)).update(readFileSync(s));
  const out = join(cacheRoot, hash.digest('hex').slice(0, 16));
  if (existsSync(join(out, 'ifs', 'conformance', 'Runner.class'))) return out;
  mkdirSync(out, { recursive: true });
  execFileSync(
    'javac',
    ['-nowarn', '-encoding', 'UTF-8', '-d', out, '-cp', classpath(''), ...sources],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return out;
}

/** Run every case in one JVM, time zone UTC, English locale, UTF-8. */
export function runInRhino(cases: CorpusCase[], classes: string): RhinoResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'ifs-conformance-'));
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
          mode: c.mode,
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
        classpath(classes),
        'ifs.conformance.Runner',
        input,
        output,
      ],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, TZ: 'UTC' },
        timeout: 120_000,
      },
    );
    return JSON.parse(readFileSync(output, 'utf8')) as RhinoResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
