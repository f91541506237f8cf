/// <reference lib="webworker" />
// The script sandbox's Web Worker: it only receives data (run requests) and only sends data back.
// User code never runs on this worker's global: it runs inside QuickJS, which has no DOM, network
// or storage at all. The .wasm is bundled by Vite and served from our own origin.
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { configureScriptEngine } from '../core/script/engine';
import { runScript, warmUpScripts } from '../core/script/runScript';
import { isRunRequest, PROTOCOL_VERSION, type WorkerReply } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

// Compile the module once; a recycled engine (after a memory breach) instantiates it again
// without another fetch.
let compiled: Promise<WebAssembly.Module> | null = null;
configureScriptEngine({
  wasmModule: () => (compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl))),
});

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

// Requests run one after another: QuickJS is synchronous, so there is no interleaving anyway.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<unknown>) => {
  const request = event.data;
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
};

// Load QuickJS and the shared realm before announcing readiness, so the client's watchdog never
// counts the load.
void warmUpScripts()
  .catch(() => undefined)
  .then(() => reply({ v: PROTOCOL_VERSION, type: 'ready' }));
