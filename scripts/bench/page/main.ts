// Bench-only page: exposes the Chromium measurements to scripts/bench.ts via window.__bench.
import type { EngineBench } from '../../bench-engine';
import { benchEngine } from '../../bench-engine';
import { getSandbox } from '../../../src/sandbox/client';
import { tenantThroughServiceWorker } from './tenantThroughServiceWorker';
import { autosaveSession } from '../../bench-autosave';

function engineInWorker(budgetMs: number): Promise<EngineBench> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ ok: boolean; result?: EngineBench; error?: string }>) => {
      worker.terminate();
      if (e.data.ok && e.data.result) resolve(e.data.result);
      else reject(new Error(e.data.error ?? 'engine worker failed'));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'engine worker failed to load'));
    };
    worker.postMessage({ budgetMs });
  });
}

let autosave: Awaited<ReturnType<typeof autosaveSession>> | null = null;
const openSession = () => {
  if (!autosave) throw new Error('no autosave session open');
  return autosave;
};

const bench = {
  engineInWorker,
  /** As the app's simulation runs: engine on the page, scripts in the sandbox worker. */
  engineOnPage: (budgetMs: number) => benchEngine((o) => getSandbox().run(o), budgetMs),
  tenantThroughServiceWorker,
  /** One step of the autosave figure at a time, so the caller can read the main thread's time. */
  autosave: {
    open: async (steps: number) => {
      autosave = await autosaveSession(steps);
    },
    move: () => openSession().move(),
    saveChanges: () => openSession().saveChanges(),
    saveWhole: () => openSession().saveWhole(),
    resync: () => openSession().resync(),
    saveOneRecord: () => openSession().saveOneRecord(),
    close: async () => {
      await autosave?.close();
      autosave = null;
    },
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
const state = document.getElementById('state');
if (state) state.textContent = 'ready';
