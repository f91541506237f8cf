// Builds the bench-only page (scripts/bench/page) into <appOutDir>/bench, so it is served from
// the app's origin: same IndexedDB and the same Service Worker scope as the app.
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function buildBenchPage(root: string, appOutDir: string): Promise<string> {
  const outDir = join(appOutDir, 'bench');
  await build({
    configFile: false,
    root: resolve(root, 'scripts/bench/page'),
    base: './',
    logLevel: 'error',
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8192 },
    worker: { format: 'es' },
  });
  return 'bench/index.html';
}
