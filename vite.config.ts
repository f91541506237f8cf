import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './src/sw/buildPlugin.js';
import { prefetchPlugin } from './src/build/prefetchPlugin.js';

// Everything is bundled: Monaco, its workers and the QuickJS wasm are served from our own origin.
export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), prefetchPlugin()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // dist/.vite/manifest.json: the bundle budget (scripts/check-bundle.ts) reads it.
    manifest: true,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
