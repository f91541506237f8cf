import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import type { Message } from '../model/message';
import { checkSyntax, placeInSource } from './checkSyntax';
import type { ScriptEngine } from './engine';
import { HEAP_SLACK_BYTES, memoryMessage, timeoutMessage, type ResolvedLimits } from './limits';
import { readReply } from './readReply';
import { toScriptError, type RawError } from './scriptError';
import { createWarmContext, disposeWarmContext, type WarmContext } from './warmContext';
import type { RunScriptResult, ScriptError } from './types';

/** Wrapper around the user's source; kept on line 1 so user line numbers stay unchanged. */
const PREFIX = '(function(){';

/** QuickJS errors that mean the script ran out of memory (strings hit their maximum length first). */
function isMemoryError(raw: RawError): boolean {
  return raw.message === 'out of memory' || raw.message === 'string too long';
}

export type RunOutcome = {
  result: Omit<RunScriptResult, 'durationMs'>;
  /** What must be thrown away after this run: nothing, this script's context, or the whole module. */
  discard: 'none' | 'script' | 'engine';
};

/**
 * Sources that mention prototypes, reflection or code generation get a fresh context per message:
 * the per-message reset covers globals, not every built-in object such a script could change.
 */
export function reuseIsSafe(source: string): boolean {
  return !/proto|defineProperty|Reflect|globalThis|\\u|\beval\b|Function\s*\(|constructor/i.test(
    source,
  );
}

export interface ScriptSource {
  source: string;
  functionName: string;
  fileName: string;
}

/**
 * One user script compiled once in its own QuickJS runtime + context, with the prelude loaded.
 * Messages of the same script reuse it; the prelude resets per-message state (see prelude/index.ts).
 */
export class PreparedScript {
  private deadline = 0;
  private heapCeiling = 0;
  private timedOut = false;
  private heapBreached = false;
  private memoryLimit = 0;
  private disposed = false;
  private reusable = true;
  private nameHandle: QuickJSHandle | null = null;

  private constructor(
    readonly engine: ScriptEngine,
    private readonly runtime: QuickJSRuntime,
    private readonly context: QuickJSContext,
    private readonly runMessage: QuickJSHandle,
    private readonly factory: QuickJSHandle,
    private readonly functionName: string,
    private readonly fileName: string,
    private readonly source: string,
  ) {}

  static create(
    engine: ScriptEngine,
    src: ScriptSource,
    limits: ResolvedLimits,
    warm?: WarmContext,
  ): { script: PreparedScript } | { error: ScriptError } {
    if (!/^[A-Za-z_$][\w$]*$/.test(src.functionName)) {
      if (warm) disposeWarmContext(warm);
      return {
        error: { type: 'TypeError', message: `"${src.functionName}" is not a valid function name` },
      };
    }
    const base = warm ?? createWarmContext(engine);
    const { runtime, context, runMessage } = base;
    // Compiling runs no user code, but a pathological source must not hang us either.
    const deadline = Date.now() + limits.timeMs;
    base.interrupt.check = () => Date.now() > deadline;
    try {
      runtime.setMemoryLimit(limits.memoryBytes);
      const syntaxError = checkSyntax(context, src.source, src.fileName);
      if (syntaxError) {
        disposeWarmContext(base);
        return { error: syntaxError };
      }
      const code = `${PREFIX}${src.source}\n;return typeof ${src.functionName} === "function" ? ${src.functionName} : undefined;})`;
      const compiled = context.evalCode(code, src.fileName);
      if (compiled.error) {
        const raw = context.dump(compiled.error) as RawError;
        compiled.error.dispose();
        disposeWarmContext(base);
        // The source parsed on its own, so this is not expected; keep the position in the script.
        return {
          error: placeInSource(toScriptError(raw, src.fileName, PREFIX.length), src.source),
        };
      }
      const script = new PreparedScript(
        engine,
        runtime,
        context,
        runMessage,
        compiled.value,
        src.functionName,
        src.fileName,
        src.source,
      );
      script.memoryLimit = limits.memoryBytes;
      script.reusable = reuseIsSafe(src.source);
      base.interrupt.check = () => script.shouldInterrupt();
      return { script };
    } catch (e) {
      disposeWarmContext(base);
      throw e;
    }
  }

  shouldInterrupt(): boolean {
    if (Date.now() > this.deadline) {
      this.timedOut = true;
      return true;
    }
    if (this.engine.memory.buffer.byteLength > this.heapCeiling) {
      this.heapBreached = true;
      return true;
    }
    return false;
  }

  run(message: Message, limits: ResolvedLimits): RunOutcome {
    const ctx = this.context;
    const input = JSON.stringify({
      body: message.body ?? null,
      headers: message.headers ?? {},
      properties: message.properties ?? {},
    });
    if (limits.memoryBytes !== this.memoryLimit) {
      this.runtime.setMemoryLimit(limits.memoryBytes);
      this.memoryLimit = limits.memoryBytes;
    }
    this.timedOut = false;
    this.heapBreached = false;
    this.heapCeiling = this.engine.baseHeapBytes + limits.memoryBytes + HEAP_SLACK_BYTES;
    this.deadline = Date.now() + limits.timeMs;
    const arg = ctx.newString(input);
    this.nameHandle ??= ctx.newString(this.functionName);
    const called = ctx.callFunction(
      this.runMessage,
      ctx.undefined,
      this.factory,
      this.nameHandle,
      arg,
    );
    arg.dispose();
    const unchanged = (): Message => JSON.parse(input) as Message;
    const heapGrown = this.engine.memory.buffer.byteLength > this.heapCeiling;

    if (called.error) {
      // Uncatchable: interrupted (time / heap watch) or out of memory while leaving the sandbox.
      this.runtime.setMemoryLimit(-1);
      this.memoryLimit = -1;
      let raw: RawError = { type: 'InternalError', message: 'Script failed' };
      try {
        raw = ctx.dump(called.error) as RawError;
      } catch {
        // The context may be unusable after an out-of-memory; the generic error stands.
      }
      called.error.dispose();
      const memory = this.heapBreached || heapGrown || isMemoryError(raw);
      const error: ScriptError = this.timedOut
        ? { type: 'TimeoutError', message: timeoutMessage(limits.timeMs) }
        : memory
          ? { type: 'MemoryError', message: memoryMessage(limits.memoryBytes) }
          : this.userError(raw);
      return this.failed(unchanged(), error, memory ? 'engine' : 'script');
    }
    const json = ctx.getString(called.value);
    called.value.dispose();
    const reply = readReply(json);
    const base = { logs: reply.logs, messageLog: reply.messageLog };
    if (!reply.ok || !reply.message) {
      const raw = reply.error ?? {};
      const memory = heapGrown || isMemoryError(raw);
      const error = memory
        ? { type: 'MemoryError', message: memoryMessage(limits.memoryBytes) }
        : this.userError(raw);
      return {
        result: { ...base, message: unchanged(), error },
        discard: memory ? 'engine' : this.keep(reply.dirty),
      };
    }
    if (heapGrown) {
      return this.failed(
        unchanged(),
        { type: 'MemoryError', message: memoryMessage(limits.memoryBytes) },
        'engine',
      );
    }
    return { result: { ...base, message: reply.message }, discard: this.keep(reply.dirty) };
  }

  /** A thrown error with its position in the user's script. */
  private userError(raw: RawError): ScriptError {
    return placeInSource(toScriptError(raw, this.fileName, PREFIX.length), this.source);
  }

  private keep(dirty: boolean): RunOutcome['discard'] {
    return dirty || !this.reusable ? 'script' : 'none';
  }

  private failed(message: Message, error: ScriptError, discard: RunOutcome['discard']): RunOutcome {
    return {
      result: { message, logs: [], messageLog: { properties: {}, attachments: [] }, error },
      discard,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      this.nameHandle?.dispose();
      this.factory.dispose();
      this.runMessage.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      // A runtime broken by an out-of-memory may not free cleanly; its engine is discarded anyway.
    }
  }
}
