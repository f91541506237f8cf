// One script worker of `ifs serve`: runs scripts with the same QuickJS sandbox as the browser.
// Plain .mjs so worker_threads can start it; tsx compiles the TypeScript it imports.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runScript } = await import(new URL('../../core/script/index.ts', import.meta.url).href);
// Options and results travel as JSON strings (see handOff in workerPool.ts).
parentPort.on('message', async ({ id, json, options }) => {
  try {
    const result = await runScript(json === undefined ? options : JSON.parse(json));
    parentPort.postMessage({ id, json: JSON.stringify(result) });
  } catch (e) {
    parentPort.postMessage({ id, failure: e instanceof Error ? e.message : String(e) });
  }
});
// Load QuickJS before saying ready, so the first message does not pay for it.
await runScript({
  source: 'function processData(message) { return message; }',
  message: { body: '', headers: {}, properties: {} },
});
parentPort.postMessage({ ready: true });
