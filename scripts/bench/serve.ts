// Serves a build with `vite preview` on 127.0.0.1, on the first free port of 5110-5119.
import { preview, type PreviewServer } from 'vite';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string, outDir: string): Promise<Served> {
  let lastError: unknown;
  for (let port = 5110; port <= 5119; port++) {
    try {
      const server: PreviewServer = await preview({
        root,
        configFile: false,
        base: './',
        logLevel: 'silent',
        build: { outDir },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
      return {
        url: `http://127.0.0.1:${port}/`,
        close: () => server.close(),
      };
    } catch (e) {
      lastError = e; // port taken: try the next one
    }
  }
  throw new Error(`no free port in 5110-5119 (${String(lastError)})`);
}
