// The run loop both sandbox workers share (the browser's Web Worker and Node's worker thread):
// requests run one after another (QuickJS is synchronous, so there is no interleaving anyway),
// a failure of the host comes back as a SandboxError, and readiness is announced only after
// QuickJS and the shared realm are loaded, so the client's watchdog never counts the load.
import { runScript, warmUpScripts } from '../core/script/runScript';
import { isRunRequest, PROTOCOL_VERSION, type WorkerReply } from './protocol';

export function serveRunRequests(
  onMessage: (handle: (request: unknown) => void) => void,
  reply: (message: WorkerReply) => void,
): void {
  let queue: Promise<void> = Promise.resolve();
  onMessage((request) => {
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
}
