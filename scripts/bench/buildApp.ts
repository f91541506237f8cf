// Builds the app into a temporary folder (never ./dist, which others use) with a manifest, so
// the initial JavaScript can be summed from the real build output.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** `npx vite build --outDir <outDir> --manifest`, output kept quiet unless it fails. */
export function buildApp(root: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    // Bounded: a hung build is killed (its own process only) and reported as n/a.
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (${code ?? 'killed'}): ${log.slice(-300)}`));
    });
  });
}

export async function readManifest(outDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** A chunk's key and every chunk it imports statically, transitively (lazy chunks excluded). */
export function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  keys.forEach(visit);
  return seen;
}

export const gzipKb = (bytes: Buffer | Uint8Array): number => gzipSync(bytes).length / 1024;

/** A request the app made to prefetch a later feature (`<link rel="prefetch">`), not to run it. */
export const isPrefetch = (res: { request(): { headers(): Record<string, string> } }): boolean =>
  /prefetch/i.test(res.request().headers()['sec-purpose'] ?? '');

/** Sum of the gzip sizes (KB) of the chunks' files. */
export async function gzipSizeKb(outDir: string, manifest: Manifest, keys: Iterable<string>) {
  let kb = 0;
  const files: string[] = [];
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (!file?.endsWith('.js')) continue;
    files.push(file);
    kb += gzipKb(await readFile(join(outDir, file)));
  }
  return { kb, files };
}

/**
 * Initial JavaScript from the build: the entry script of index.html with its static imports
 * (its modulepreload links), and the same plus the lazily loaded canvas chunk (FlowEditor) with
 * its static imports, which a user opening a flow must also load before the canvas is usable.
 */
export async function initialJsFromBuild(outDir: string) {
  const manifest = await readManifest(outDir);
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('no entry chunk in the build manifest');
  const shellKeys = staticClosure(manifest, [entry]);
  const shell = await gzipSizeKb(outDir, manifest, shellKeys);
  const editorKey = Object.keys(manifest).find((k) => /ui\/editor\/FlowEditor\.tsx$/.test(k));
  const canvas = editorKey
    ? await gzipSizeKb(outDir, manifest, staticClosure(manifest, [entry, editorKey]))
    : null;
  return { shell, canvas };
}
