import type { Message } from '../model/message';
import { getScriptEngine } from './engine';
import { resolveLimits } from './limits';
import { compileOnce, runOnce, scriptKey, sourceOf } from './runScript';
import { groovyError, sandboxSource } from './groovySource';
import { safeFileName } from './scriptError';
import type { RunScriptOptions, RunScriptResult } from './types';

export interface CompiledScript {
  /** Run on one message; synchronous once compiled (the per-message path the benchmark measures). */
  run(message: Message): RunScriptResult;
  dispose(): void;
}

/**
 * Compile a script once for many messages (engine batches, benchmark). Same realm and isolation as
 * runScript: every message starts from a pristine realm. Resolves to an error result instead when
 * the script does not compile.
 */
export async function prepareScript(
  options: Omit<RunScriptOptions, 'message'>,
): Promise<CompiledScript | { error: NonNullable<RunScriptResult['error']> }> {
  const limits = resolveLimits(options.limits);
  const resolved = sandboxSource(options);
  if ('error' in resolved)
    return { error: { ...resolved.error, fileName: safeFileName(options.fileName) } };
  const src = sourceOf({ ...options, source: resolved.source });
  const key = scriptKey(src);
  const engine = await getScriptEngine(limits.memoryBytes);
  // Compile now, so that a syntax error is reported here rather than on the first message.
  const error = compileOnce(engine, src, key, limits);
  if (error) return { error: { ...groovyError(error, resolved.lineMap), fileName: src.fileName } };
  return {
    run(message: Message): RunScriptResult {
      const started = performance.now();
      const result = runOnce(engine, src, key, message, limits);
      if (result.error && resolved.lineMap)
        result.error = groovyError(result.error, resolved.lineMap);
      return { ...result, durationMs: performance.now() - started };
    },
    dispose(): void {
      // Compiled scripts live in the shared realm's cache; nothing is owned here.
    },
  };
}
