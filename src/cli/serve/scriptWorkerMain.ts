// One script worker of `ifs serve`: runs scripts with the same QuickJS sandbox as the browser.
// Options and results travel as JSON strings (see handOff in workerPool.ts).
import { parentPort } from 'node:worker_threads';
import { runScript } from '../../core/script';
import type { RunScriptOptions } from '../../core/script/types';

const port = parentPort!;

port.on('message', async (data: { id: number; json?: string; options?: RunScriptOptions }) => {
  try {
    const options =
      data.json === undefined ? data.options! : (JSON.parse(data.json) as RunScriptOptions);
    port.postMessage({ id: data.id, json: JSON.stringify(await runScript(options)) });
  } catch (e) {
    port.postMessage({ id: data.id, failure: e instanceof Error ? e.message : String(e) });
  }
});

// Load QuickJS before saying ready, so the first message does not pay for it.
await runScript({
  source: 'function processData(message) { return message; }',
  message: { body: '', headers: {}, properties: {} },
});
port.postMessage({ ready: true });
