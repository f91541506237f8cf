// One script worker of `ifs serve`: runs scripts with the same QuickJS sandbox as the browser.
// Options and results travel as JSON strings when JSON carries them exactly; a job starts only if the worker wins its claim
// cell (see workerPool.ts: the pool may have taken it back for another worker).
import { parentPort, workerData } from 'node:worker_threads';
import { runScript } from '../../core/script';
import type { RunScriptOptions } from '../../core/script/types';
import { jsonSafe, type JobMessage } from './workerPool';

const port = parentPort!;
const claims = new Int32Array((workerData as { claims: SharedArrayBuffer }).claims);

port.on('message', async (job: JobMessage) => {
  if (Atomics.compareExchange(claims, job.cell, job.id, -job.id) !== job.id) return;
  try {
    const options = 'json' in job ? (JSON.parse(job.json) as RunScriptOptions) : job.options;
    const result = await runScript(options);
    port.postMessage(
      jsonSafe(result.message)
        ? { id: job.id, json: JSON.stringify(result) }
        : { id: job.id, result },
    );
  } catch (e) {
    port.postMessage({ id: job.id, failure: e instanceof Error ? e.message : String(e) });
  }
});

// Load QuickJS before saying ready, so the first message does not pay for it.
await runScript({
  source: 'function processData(message) { return message; }',
  message: { body: '', headers: {}, properties: {} },
});
port.postMessage({ ready: true });
