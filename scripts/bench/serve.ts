// Serves a build with `vite preview` on 127.0.0.1, on the first free port of a range
// (5110-5119 unless given; IFS_BENCH_PORT picks one port).
import { preview, type PreviewServer } from 'vite';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  root: string,
  outDir: string,
  ports: [number, number] = [5110, 5119],
): Promise<Served> {
  const fixed = Number(process.env.IFS_BENCH_PORT);
  const [first, last] = fixed > 0 ? [fixed, fixed] : ports;
  let lastError: unknown;
  for (let port = first; port <= last; port++) {
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
  throw new Error(`no free port in ${first}-${last} (${String(lastError)})`);
}
