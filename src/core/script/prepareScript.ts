import type { Message } from '../model/message';
import { discardScriptEngine, getScriptEngine } from './engine';
import { resolveLimits } from './limits';
import { PreparedScript } from './preparedScript';
import { safeFileName } from './scriptError';
import { DEFAULT_FUNCTION } from './template';
import type { RunScriptOptions, RunScriptResult } from './types';
import { dropSpareContext } from './warmContext';

export interface CompiledScript {
  /** Run on one message; synchronous once compiled (the per-message path the benchmark measures). */
  run(message: Message): RunScriptResult;
  dispose(): void;
}

/**
 * Compile a script once for many messages (engine batches, benchmark). Same isolation as runScript:
 * per-message reset, and a fresh context after a breach or when the script dirtied built-ins.
 * Resolves to an error result instead when the script does not compile.
 */
export async function prepareScript(
  options: Omit<RunScriptOptions, 'message'>,
): Promise<CompiledScript | { error: NonNullable<RunScriptResult['error']> }> {
  const limits = resolveLimits(options.limits);
  const src = {
    source: options.source,
    functionName: options.functionName || DEFAULT_FUNCTION,
    fileName: safeFileName(options.fileName),
  };
  const engine = await getScriptEngine(limits.memoryBytes);
  const first = PreparedScript.create(engine, src, limits);
  if ('error' in first) return { error: first.error };
  let script: PreparedScript | null = first.script;
  return {
    run(message: Message): RunScriptResult {
      const started = performance.now();
      if (!script) {
        // Re-prepare synchronously on the same engine; after an engine breach use runScript instead.
        const again = PreparedScript.create(engine, src, limits);
        if ('error' in again) throw new Error(again.error.message);
        script = again.script;
      }
      const outcome = script.run(message, limits);
      if (outcome.discard !== 'none') {
        script.dispose();
        script = null;
        if (outcome.discard === 'engine') {
          dropSpareContext();
          discardScriptEngine();
        }
      }
      return { ...outcome.result, durationMs: performance.now() - started };
    },
    dispose(): void {
      script?.dispose();
      script = null;
    },
  };
}
