import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type CustomizeVariantOptions,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { HEAP_SLACK_BYTES } from './limits';

/**
 * The QuickJS WebAssembly module, loaded lazily once and shared by all prepared scripts. Its memory
 * has a hard maximum (QuickJS's own limit does not count typed arrays); after a memory breach the
 * module is discarded (a WebAssembly heap never shrinks) and the next run loads a fresh one.
 */
export interface ScriptEngine {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
  /** Heap size right after loading: the base of the heap watch. */
  baseHeapBytes: number;
  /** Largest per-run memory limit this module was sized for. */
  memoryBytes: number;
}

const PAGE = 64 * 1024;
const INITIAL_BYTES = 16 * 1024 * 1024;

// How Emscripten finds the .wasm: Node reads it beside the package; the browser worker passes
// options that serve it from our own origin (see src/sandbox/sandbox.worker.ts).
export type ScriptEngineOptions = Omit<CustomizeVariantOptions, 'wasmMemory'> & {
  /**
   * Older form: a ready variant. Prefer wasmLocation / wasmBinary / wasmModule: a variant built
   * with newVariant ignores our options, so the heap gets no hard maximum (only the watch).
   */
  variant?: () => Promise<QuickJSSyncVariant>;
};

let configured: ScriptEngineOptions = {};
let current: { memoryBytes: number; engine: Promise<ScriptEngine> } | null = null;

/** Set how the .wasm is located/compiled (call before the first run). */
export function configureScriptEngine(options: ScriptEngineOptions): void {
  configured = options;
  current = null;
}

/** Hard cap of the heap: initial heap + the run's limit + room for the contexts and the watch. */
export function heapCapBytes(memoryBytes: number): number {
  return Math.ceil((INITIAL_BYTES + memoryBytes + 2 * HEAP_SLACK_BYTES) / PAGE) * PAGE;
}

async function load(memoryBytes: number): Promise<ScriptEngine> {
  const { variant, ...locate } = configured;
  const base = variant
    ? await variant()
    : ((await import('@jitl/quickjs-wasmfile-release-sync')).default as QuickJSSyncVariant);
  const memory = new WebAssembly.Memory({
    initial: INITIAL_BYTES / PAGE,
    maximum: heapCapBytes(memoryBytes) / PAGE,
  });
  const module = await newQuickJSWASMModuleFromVariant(
    newVariant(base, { ...locate, wasmMemory: memory }),
  );
  // The module's own memory: the same object unless a custom variant ignored ours.
  const heap = module.getWasmMemory();
  const engine = { module, memory: heap, baseHeapBytes: heap.buffer.byteLength, memoryBytes };
  loaded = engine;
  return engine;
}

/** The shared engine, reloaded when a run asks for more memory than it was sized for. */
export function getScriptEngine(memoryBytes: number): Promise<ScriptEngine> {
  if (!current || current.memoryBytes < memoryBytes) {
    const engine = load(memoryBytes);
    const entry = { memoryBytes, engine };
    current = entry;
    engine.catch(() => {
      if (current === entry) current = null;
    });
  }
  return current.engine;
}

let loaded: ScriptEngine | null = null;

/** Whether this engine is still the one runs use (a discarded one must not get new contexts). */
export function isCurrentEngine(engine: ScriptEngine): boolean {
  return loaded === engine;
}

/** Drop the module; the garbage collector frees its heap. The next run loads a new one. */
export function discardScriptEngine(): void {
  current = null;
  loaded = null;
}
