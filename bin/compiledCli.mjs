// The `ifs` command runs from JavaScript that esbuild compiled once from src/cli (and the worker
// threads it starts), kept in node_modules/.cache/ifs-cli, instead of having tsx compile every
// TypeScript module on each start: `ifs validate` starts in about a fifth of the time. The build
// records every file it read with its size and modification time; a start whose files all match
// uses the build as it is, any change (an edit, a pull, a checkout) builds again first.
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Changes when what a build contains or how it is laid out changes. */
const LAYOUT = 1;
/**
 * When a new build is made, older ones are removed unless they are among the KEEP_RECENT used
 * last or were used within KEEP_UNUSED_MS (a running `ifs serve` marks its build as used every
 * few minutes, so its workers can still be started from it).
 */
const KEEP_RECENT = 5;
const KEEP_UNUSED_MS = 3600 * 1000;

/** The entry points of a build: the CLI, and the worker threads it starts by file. */
const ENTRIES = {
  cli: 'src/cli/main.ts',
  // src/sandbox/nodeSandbox.ts starts node.worker.mjs beside it when node.worker.ts is not.
  'node.worker': 'src/sandbox/node.worker.ts',
  // src/cli/serve/workerPool.ts starts scriptWorker.mjs beside it.
  scriptWorker: 'src/cli/serve/scriptWorkerMain.ts',
};

/**
 * @typedef {{ layout: number, dir: string, inputs: Record<string, [number, number]> }} Manifest
 * `inputs`: every file the build read, relative to the root, with its [size, mtimeMs].
 */

/** Whether every file a build read is still as it was then (same size and modification time). */
export function upToDate(/** @type {Manifest} */ manifest, root = ROOT) {
  if (manifest.layout !== LAYOUT) return false;
  for (const [path, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
    let now;
    try {
      now = statSync(join(root, path));
    } catch {
      return false;
    }
    if (now.size !== size || now.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

/**
 * The file URL of the compiled CLI module (exports `main`): the cached build when it is up to
 * date, else a new build. Throws when no build can be made (no esbuild, a read-only install);
 * the caller then runs the TypeScript sources with tsx.
 */
export async function compiledCli({
  root = ROOT,
  cache = join(root, 'node_modules/.cache/ifs-cli'),
} = {}) {
  const manifestPath = join(cache, 'manifest.json');
  try {
    /** @type {Manifest} */
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (upToDate(manifest, root)) {
      const dir = join(cache, manifest.dir);
      const entry = join(dir, 'cli.mjs');
      statSync(entry);
      touch(dir);
      return pathToFileURL(entry).href;
    }
  } catch {
    // No build yet, or an unreadable one: build.
  }
  return build(root, cache, manifestPath);
}

async function build(root, cache, manifestPath) {
  const { build: esbuild } = await import('esbuild');
  const started = Date.now();
  const name = `${started.toString(36)}-${process.pid}`;
  const dir = join(cache, name);
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they are (QuickJS finds its wasm file beside itself).
    packages: 'external',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  /** @type {Manifest} */
  const manifest = { layout: LAYOUT, dir: name, inputs: {} };
  let changedDuringBuild = false;
  for (const path of Object.keys(result.metafile.inputs)) {
    const st = statSync(join(root, path));
    if (st.mtimeMs > started) changedDuringBuild = true;
    manifest.inputs[path] = [st.size, st.mtimeMs];
  }
  // A file saved while the build read it may be in the build in its old form: use this build
  // once, but do not record it, so the next start builds again.
  if (!changedDuringBuild) {
    const aside = `${manifestPath}.${process.pid}.tmp`;
    writeFileSync(aside, JSON.stringify(manifest));
    renameSync(aside, manifestPath);
  }
  prune(cache, name);
  return pathToFileURL(join(dir, 'cli.mjs')).href;
}

function touch(dir) {
  const now = new Date();
  try {
    utimesSync(dir, now, now);
  } catch {
    // A read-only cache still runs.
  }
}

/** Removes older builds (see KEEP_RECENT), so a clone whose sources change often stays small. */
function prune(cache, keep) {
  mkdirSync(cache, { recursive: true });
  const builds = [];
  for (const name of readdirSync(cache)) {
    if (name === keep || name.endsWith('.json') || name.endsWith('.tmp')) continue;
    try {
      builds.push({ dir: join(cache, name), used: statSync(join(cache, name)).mtimeMs });
    } catch {
      // Another start removed it first.
    }
  }
  builds.sort((a, b) => b.used - a.used);
  for (const { dir, used } of builds.slice(KEEP_RECENT - 1))
    if (Date.now() - used > KEEP_UNUSED_MS) rmSync(dir, { recursive: true, force: true });
}
