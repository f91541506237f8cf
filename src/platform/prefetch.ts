import { whenIdle } from './whenIdle';

/** Written by the build (src/build/prefetchPlugin.ts); the dev server has none. */
const LIST = 'assets/prefetch.json';
let started = false;

/**
 * Once the first screen is up and the page is idle, asks the browser to fetch (not run) what
 * later features load on first use: Monaco, the simulator, the tenant views, the layout, and
 * the script sandbox with QuickJS, so that first use does not wait for the network. Nothing
 * runs before it is used. Skipped when the user asked the browser to save data.
 */
export function prefetchLaterFeatures(): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  whenIdle(() => void addPrefetchLinks());
}

async function addPrefetchLinks(): Promise<void> {
  try {
    const res = await fetch(new URL(LIST, document.baseURI));
    if (!res.ok) return;
    const files: unknown = await res.json();
    if (!Array.isArray(files)) return;
    for (const file of files) {
      if (typeof file !== 'string') continue;
      const link = document.createElement('link');
      link.rel = 'prefetch';
      // Module scripts, workers and the wasm are fetched in CORS mode: prefetch them alike.
      link.crossOrigin = 'anonymous';
      link.href = new URL(file, document.baseURI).href;
      document.head.append(link);
    }
  } catch {
    // A prefetch is only a head start: first use loads what it needs anyway.
  }
}
