// Vite plugin (runs in Node): builds the Service Worker as one classic script sw.js at the root
// of the output, beside index.html, so its scope is the app's base. A separate IIFE build because
// Service Workers may not use import(), which the app's chunks rely on. The dev server builds it
// in memory on request, so `npm run dev` has the worker too.
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';
import { SW_FILE, SW_WASM_FILE } from './swFiles.js';
import { isTenantPath } from '../core/tenant/paths.js';

const wasmPath = () =>
  createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm');

function swConfig(root: string, entry: string, outDir: string, write: boolean): InlineConfig {
  return {
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    publicDir: false,
    // A classic script has no import.meta; the worker's own URL is what modules ask for.
    define: { 'import.meta.url': 'self.location.href' },
    build: {
      outDir,
      write,
      emptyOutDir: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: resolve(root, entry),
        output: { format: 'iife', entryFileNames: SW_FILE },
      },
    },
  };
}

/** The built sw.js text of an in-memory build. */
function entryCode(output: unknown): string {
  const outputs = (Array.isArray(output) ? output : [output]) as {
    output: { fileName: string; type: string; code?: string }[];
  }[];
  for (const o of outputs)
    for (const f of o.output) if (f.fileName === SW_FILE && f.code) return f.code;
  throw new Error(`${SW_FILE} missing from the Service Worker build`);
}

/**
 * What the server answers for the tenant's URLs when the Service Worker did not (a page it does
 * not control yet, curl, another browser): a clear 503 instead of the app's index.html.
 */
function tenantFallback(base: string) {
  const prefix = base.replace(/^\.?\/?/, '/');
  return (
    req: { url?: string },
    res: {
      statusCode: number;
      setHeader(name: string, value: string): void;
      end(body: string): void;
    },
    next: () => void,
  ) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(prefix) || !isTenantPath(`/${path.slice(prefix.length)}`)) return next();
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/plain;charset=UTF-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(
      '503 Service Unavailable: the simulated tenant answers this URL inside the browser, through ' +
        "the app's Service Worker. It did not answer this request: call the URL from a page of " +
        'the app once the Service Worker controls it (reload the app if it says it is starting), ' +
        "from the browser's console on that page, or use the app's Test Console. Tools outside " +
        'the browser (curl, Postman) cannot reach it.\n',
    );
  };
}

export function serviceWorkerPlugin(entry = 'src/sw/sw.ts'): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isBuild = true;
  return {
    name: 'ifs-service-worker',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build';
    },
    async closeBundle() {
      if (!isBuild) return;
      await build(swConfig(root, entry, outDir, true));
      await copyFile(wasmPath(), resolve(outDir, SW_WASM_FILE));
    },
    configurePreviewServer(server) {
      server.middlewares.use(tenantFallback(server.config.base));
    },
    configureServer(server) {
      let code: Promise<string> | null = null;
      // Any source change may reach the worker: rebuild it on the next request.
      server.watcher.on('change', () => (code = null));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const base = server.config.base.replace(/^\.?\/?/, '/');
        if (path === `${base}${SW_FILE}`) {
          code ??= build(swConfig(root, entry, outDir, false)).then(entryCode);
          code.then(
            (js) => {
              res.setHeader('Content-Type', 'text/javascript');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(js);
            },
            (e: unknown) => {
              code = null;
              next(e);
            },
          );
        } else if (path === `${base}${SW_WASM_FILE}`) {
          readFile(wasmPath()).then((bytes) => {
            res.setHeader('Content-Type', 'application/wasm');
            res.end(bytes);
          }, next);
        } else next();
      });
      server.middlewares.use(tenantFallback(server.config.base));
    },
  };
}
