import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { isCurrentEngine, type ScriptEngine } from './engine';
import { MAX_STACK_BYTES } from './limits';
import { PRELUDE_FILE, PRELUDE_JS } from './prelude';

const PRELUDE_TIME_MS = 5000;

/** A runtime + context with the prelude loaded, not yet bound to any user script. */
export interface WarmContext {
  engine: ScriptEngine;
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  runMessage: QuickJSHandle;
  /** Whoever owns the context decides when to interrupt (set by PreparedScript). */
  interrupt: { check: () => boolean };
}

export function createWarmContext(engine: ScriptEngine): WarmContext {
  const runtime = engine.module.newRuntime();
  const deadline = Date.now() + PRELUDE_TIME_MS;
  const interrupt = { check: () => Date.now() > deadline };
  runtime.setInterruptHandler(() => interrupt.check());
  let context: QuickJSContext | undefined;
  try {
    runtime.setMaxStackSize(MAX_STACK_BYTES);
    context = runtime.newContext();
    const runMessage = context.unwrapResult(context.evalCode(PRELUDE_JS, PRELUDE_FILE));
    return { engine, runtime, context, runMessage, interrupt };
  } catch (e) {
    context?.dispose();
    runtime.dispose();
    throw e;
  }
}

export function disposeWarmContext(warm: WarmContext): void {
  try {
    warm.runMessage.dispose();
    warm.context.dispose();
    warm.runtime.dispose();
  } catch {
    // A runtime broken by an out-of-memory may not free cleanly; its engine is discarded anyway.
  }
}

// One spare context kept ready, so a new source (every edit in the live preview) only pays for
// compiling the user's code, not for loading the prelude (~10-20 ms).
let spare: WarmContext | null = null;
let refill: ReturnType<typeof setTimeout> | null = null;

export function takeWarmContext(engine: ScriptEngine): WarmContext {
  const ready = spare && spare.engine === engine ? spare : null;
  if (spare && !ready) disposeWarmContext(spare);
  spare = null;
  if (!refill) {
    refill = setTimeout(() => {
      refill = null;
      if (!spare && isCurrentEngine(engine)) {
        try {
          spare = createWarmContext(engine);
        } catch {
          spare = null;
        }
      }
    }, 0);
  }
  return ready ?? createWarmContext(engine);
}

/** Drop the spare (tests, engine discard). */
export function dropSpareContext(): void {
  if (spare) disposeWarmContext(spare);
  spare = null;
}
