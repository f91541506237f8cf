/// <reference lib="webworker" />
// The script sandbox's Web Worker: it only receives data (run requests) and only sends data back.
// User code never runs on this worker's global: it runs inside QuickJS, which has no DOM, network
// or storage at all. The .wasm is bundled by Vite and served from our own origin.
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { configureScriptEngine } from '../core/script/engine';
import { serveRunRequests } from './workerLoop';

declare const self: DedicatedWorkerGlobalScope;

// Compile the module once; a recycled engine (after a memory breach) instantiates it again
// without another fetch.
let compiled: Promise<WebAssembly.Module> | null = null;
configureScriptEngine({
  wasmModule: () => (compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl))),
});

serveRunRequests(
  (handle) => {
    self.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
  },
  (message) => self.postMessage(message),
);
