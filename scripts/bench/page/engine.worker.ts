/// <reference lib="webworker" />
// Runs benchEngine inside a Web Worker with QuickJS loaded the way the app's sandbox worker
// loads it (src/sandbox/sandbox.worker.ts): engine and scripts both off the main thread.
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { configureScriptEngine } from '../../../src/core/script/engine';
import { runScript } from '../../../src/core/script/runScript';
import { benchEngine } from '../../bench-engine';

declare const self: DedicatedWorkerGlobalScope;

let compiled: Promise<WebAssembly.Module> | null = null;
configureScriptEngine({
  wasmModule: () => (compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl))),
});

self.onmessage = (event: MessageEvent<{ budgetMs: number }>) => {
  benchEngine(runScript, event.data.budgetMs).then(
    (result) => self.postMessage({ ok: true, result }),
    (e: unknown) =>
      self.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
};
