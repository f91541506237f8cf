import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

/**
 * The QuickJS WebAssembly module, loaded lazily once and shared by all prepared scripts. After a
 * memory breach it is discarded (its heap can only grow) and the next run loads a fresh one.
 */
export interface ScriptEngine {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
  /** Heap size right after loading: the base of the heap watch. */
  baseHeapBytes: number;
  /** Number of the generation: prepared scripts of an older engine are stale. */
  generation: number;
}

type VariantSource = () => Promise<QuickJSSyncVariant>;

// Default: the variant's own loader (Node reads the .wasm beside the package). The browser worker
// replaces it with one that serves the .wasm from our origin (see src/sandbox/sandbox.worker.ts).
let variantSource: VariantSource = async () =>
  (await import('@jitl/quickjs-wasmfile-release-sync')).default as QuickJSSyncVariant;
let current: Promise<ScriptEngine> | null = null;
let generation = 0;

/** Replace how the QuickJS variant is obtained (call before the first run). */
export function configureScriptEngine(options: { variant: VariantSource }): void {
  variantSource = options.variant;
  current = null;
}

export function getScriptEngine(): Promise<ScriptEngine> {
  if (!current) {
    const loading = (async () => {
      const module = await newQuickJSWASMModuleFromVariant(variantSource());
      const memory = module.getWasmMemory();
      generation += 1;
      return { module, memory, baseHeapBytes: memory.buffer.byteLength, generation };
    })();
    current = loading;
    loading.catch(() => {
      if (current === loading) current = null;
    });
  }
  return current;
}

/** Drop the module; the garbage collector frees its heap. The next run loads a new one. */
export function discardScriptEngine(): void {
  current = null;
}
