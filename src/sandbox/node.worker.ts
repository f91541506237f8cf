// The script sandbox's worker thread in Node (tests, a command-line runner, server use): the same
// protocol and the same core runScript as the browser's Web Worker (sandbox.worker.ts). It only
// receives run requests and only sends data back; the parent terminates it when a run overstays.
import { parentPort } from 'node:worker_threads';
import { runScript, warmUpScripts } from '../core/script/runScript';
import { isRunRequest, PROTOCOL_VERSION, type WorkerReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('node.worker.ts must run as a worker thread');

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: unknown) => {
  if (!isRunRequest(request)) return;
  queue = queue.then(async () => {
    const result = await runScript(request.options).catch((e: unknown) => ({
      message: request.options.message,
      logs: [],
      messageLog: { properties: {}, attachments: [] },
      error: { type: 'SandboxError', message: e instanceof Error ? e.message : String(e) },
      durationMs: 0,
    }));
    reply({ v: PROTOCOL_VERSION, id: request.id, type: 'result', result });
  });
});

void warmUpScripts()
  .catch(() => undefined)
  .then(() => reply({ v: PROTOCOL_VERSION, type: 'ready' }));
