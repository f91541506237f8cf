import { PREFETCH_LIST } from '../build/prefetchPlugin';
import { whenSettled } from './whenIdle';

/**
 * How long after the first idle moment the prefetch waits: fetching and caching some 10 MB
 * (Monaco's workers, QuickJS's wasm) takes CPU from the page, and at the first idle moment the
 * user is often about to click (it made the empty editor 200 ms slower to usable in bench:ui).
 */
const SETTLE_MS = 3000;
let started = false;

/**
 * Once the first screen is up and the page has been idle a while, asks the browser to fetch (not
 * run) what later features load on first use (the list the build writes, PREFETCH_LIST; the dev
 * server has none): Monaco, the simulator, the tenant views, the layout, and the script sandbox
 * with QuickJS, so that first use does not wait for the network. Nothing runs before it is
 * used. Skipped when the user asked the browser to save data.
 */
export function prefetchLaterFeatures(): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  whenSettled(() => void addPrefetchLinks(), SETTLE_MS);
}

async function addPrefetchLinks(): Promise<void> {
  try {
    const res = await fetch(new URL(PREFETCH_LIST, document.baseURI));
    if (!res.ok) return;
    const files: unknown = await res.json();
    if (!Array.isArray(files)) return;
    const links = document.createDocumentFragment();
    for (const file of files) {
      if (typeof file !== 'string') continue;
      const link = document.createElement('link');
      link.rel = 'prefetch';
      // Module scripts, workers and the wasm are fetched in CORS mode: prefetch them alike.
      link.crossOrigin = 'anonymous';
      link.href = new URL(file, document.baseURI).href;
      links.append(link);
    }
    document.head.append(links);
  } catch {
    // A prefetch is only a head start: first use loads what it needs anyway.
  }
}
