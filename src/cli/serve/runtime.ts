import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type ServerModule = typeof import('./server');

const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE = resolve(HERE, '../../../node_modules/.cache/ifs-serve');
/** Compiled runtimes not started for this long are removed when a new one is written. */
const KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;

/**
 * Builds the server and its script worker into one directory per content: esbuild bundles
 * server.ts and scriptWorkerMain.ts (packages stay external, so QuickJS finds its wasm file
 * beside its own module) into node_modules/.cache/ifs-serve/<hash>/. Every directory sits at
 * the same depth, so the source maps' relative paths hold wherever the files land.
 */
async function compile(): Promise<string> {
  const { build } = await import('esbuild');
  const staging = join(CACHE, 'build');
  const result = await build({
    entryPoints: {
      server: join(HERE, 'server.ts'),
      scriptWorker: join(HERE, 'scriptWorkerMain.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    write: false,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const f of result.outputFiles) hash.update(relative(staging, f.path)).update(f.contents);
  const dir = join(CACHE, hash.digest('hex').slice(0, 16));
  if (!existsSync(join(dir, 'server.mjs'))) {
    mkdirSync(dir, { recursive: true });
    // Files appear whole (written aside, then renamed): two servers may start at once. server.mjs
    // comes last, so a directory that has it has everything.
    const last = (path: string) => (path.endsWith(`${sep}server.mjs`) ? 1 : 0);
    const files = [...result.outputFiles].sort((a, b) => last(a.path) - last(b.path));
    for (const f of files) {
      const target = join(dir, relative(staging, f.path));
      const aside = `${target}.${process.pid}.tmp`;
      writeFileSync(aside, f.contents);
      renameSync(aside, target);
    }
    prune(dir);
  }
  const now = new Date();
  utimesSync(dir, now, now);
  return dir;
}

function prune(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    const dir = join(CACHE, name);
    if (dir === keep || name === 'build') continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > KEEP_UNUSED_MS)
        rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another server removed it first.
    }
  }
}

/**
 * The module `ifs serve` runs: compiled JavaScript rather than the TypeScript that tsx compiles
 * module by module. tsx keeps every function's name with a helper called each time a function
 * is created (closures included), which made a served request about a third slower and
 * allocated far more. When the runtime cannot be compiled or written (no esbuild, a read-only
 * install), `warn` says so and the TypeScript modules serve exactly as before, only slower.
 */
export async function loadServeRuntime(warn: (line: string) => void): Promise<ServerModule> {
  try {
    const dir = await compile();
    return (await import(pathToFileURL(join(dir, 'server.mjs')).href)) as ServerModule;
  } catch (e) {
    warn(
      `note: serving from the TypeScript modules, slower (the compiled runtime is unavailable: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
    return import('./server');
  }
}
