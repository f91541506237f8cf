import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { isJsonScalar, type Message } from '../model/message';
import { checkSyntax, placeInSource } from './checkSyntax';
import type { ScriptEngine } from './engine';
import { GUARDS_JS } from './guards';
import { HARDEN_JS } from './harden';
import {
  HEAP_SLACK_BYTES,
  MAX_STACK_BYTES,
  memoryMessage,
  timeoutMessage,
  type ResolvedLimits,
} from './limits';
import { PRELUDE_FILE, PRELUDE_JS } from './prelude';
import { readReply } from './readReply';
import { toScriptError, type RawError } from './scriptError';
import type { RunScriptResult, ScriptError } from './types';

/** Wrapper around the user's source; kept on line 1 so user line numbers stay unchanged. */
const PREFIX = '(function(){';
const PRELUDE_TIME_MS = 5000;
/** Compiled scripts kept per realm (a flow with many Script steps, the preview's recent edits). */
const MAX_SCRIPTS = 256;
/** A run that returns this long after its deadline overran it inside a built-in. */
const OVERRUN_GRACE_MS = 100;

export interface ScriptSource {
  source: string;
  functionName: string;
  fileName: string;
}

export type RunOutcome = {
  result: Omit<RunScriptResult, 'durationMs'>;
  /** What must be thrown away after this run: nothing, the realm, or the whole module. */
  discard: 'none' | 'realm' | 'engine';
};

/** QuickJS errors that mean the script ran out of memory (strings hit their maximum length first). */
function isMemoryError(raw: RawError): boolean {
  return raw.message === 'out of memory' || raw.message === 'string too long';
}

/**
 * Scripts that assign to a built-in (`String.prototype.x = …`, `Math.stash = …`,
 * `Object.defineProperty(Array.prototype, …)`) would fail silently against the frozen shared realm
 * (a compatibility problem, not an isolation one). They get a fresh, unfrozen realm for every
 * message instead: slower, and exactly as isolated. Missing one here costs compatibility only.
 */
export function mutatesBuiltins(source: string): boolean {
  const builtin =
    '\\b(?:Object|Array|String|Number|Boolean|Date|RegExp|Function|Math|JSON|Map|Set|Promise|Symbol|Reflect|\\w*Error)\\b';
  return (
    new RegExp(
      `${builtin}\\s*(?:\\.\\s*prototype\\b[^;=]*|\\.\\s*[\\w$]+|\\[[^\\]]*\\][^;=]*)\\s*=(?!=)`,
    ).test(source) ||
    new RegExp(
      `(?:defineProperty|defineProperties|setPrototypeOf|assign)\\s*\\(\\s*${builtin}`,
    ).test(source) ||
    /__proto__|__define[GS]etter__/.test(source)
  );
}

/** Where the script's function is declared (for errors about the function itself). */
function functionPosition(source: string, name: string): { line: number; column: number } | null {
  const m = new RegExp(`(?:async\\s+)?function\\s*\\*?\\s*${name}\\b|\\b${name}\\s*=`).exec(source);
  if (!m) return null;
  const before = source.slice(0, m.index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/**
 * One QuickJS runtime + context with the prelude loaded. The shared realm is hardened (every
 * built-in frozen, see harden.ts) and serves every script and message of its engine: scripts are
 * compiled into it once and kept, and each message starts from the same pristine state because
 * nothing it could change survives it (built-ins are frozen; the prelude entry removes what the
 * message added to the global object and reports any change it cannot undo, which discards the
 * realm). A realm for a script that mutates built-ins is not hardened and serves one message.
 */
export class Realm {
  private deadline = 0;
  private heapCeiling = 0;
  private timedOut = false;
  private heapBreached = false;
  private memoryLimit = 0;
  private disposed = false;
  /** A host-side failure inside the module (its state may be inconsistent): never free it. */
  private broken = false;
  private readonly scripts = new Map<string, QuickJSHandle>();
  private readonly names = new Map<string, QuickJSHandle>();
  private lastKey = '';

  private constructor(
    readonly engine: ScriptEngine,
    private readonly runtime: QuickJSRuntime,
    private readonly context: QuickJSContext,
    private readonly entry: QuickJSHandle,
    private readonly resetEntry: QuickJSHandle,
    private readonly prepareEntry: QuickJSHandle,
    readonly hardened: boolean,
  ) {}

  static create(engine: ScriptEngine, hardened: boolean): Realm {
    const runtime = engine.module.newRuntime();
    let context: QuickJSContext | undefined;
    try {
      runtime.setMaxStackSize(MAX_STACK_BYTES);
      const deadline = Date.now() + PRELUDE_TIME_MS;
      let realm: Realm | null = null;
      runtime.setInterruptHandler(() => (realm ? realm.shouldInterrupt() : Date.now() > deadline));
      context = runtime.newContext();
      const entry = context.unwrapResult(context.evalCode(PRELUDE_JS, PRELUDE_FILE));
      context.unwrapResult(context.evalCode(GUARDS_JS, PRELUDE_FILE)).dispose();
      const roots = context.getProp(entry, 'hardenRoots');
      if (hardened) {
        const harden = context.unwrapResult(context.evalCode(HARDEN_JS, PRELUDE_FILE));
        context.unwrapResult(context.callFunction(harden, context.undefined, roots)).dispose();
        harden.dispose();
      }
      roots.dispose();
      context.setProp(entry, 'hardenRoots', context.undefined);
      const reset = context.getProp(entry, 'reset');
      const prepare = context.getProp(entry, 'prepare');
      realm = new Realm(engine, runtime, context, entry, reset, prepare, hardened);
      return realm;
    } catch (e) {
      context?.dispose();
      runtime.dispose();
      throw e;
    }
  }

  get alive(): boolean {
    return !this.disposed;
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

  private arm(limits: ResolvedLimits): void {
    if (limits.memoryBytes !== this.memoryLimit) {
      this.runtime.setMemoryLimit(limits.memoryBytes);
      this.memoryLimit = limits.memoryBytes;
    }
    this.timedOut = false;
    this.heapBreached = false;
    this.heapCeiling = this.engine.baseHeapBytes + limits.memoryBytes + HEAP_SLACK_BYTES;
    this.deadline = Date.now() + limits.timeMs;
  }

  /** The compiled script for this key, compiling it on first use. Runs no user code. */
  compile(
    key: string,
    src: ScriptSource,
    limits: ResolvedLimits,
  ): { runner: QuickJSHandle } | { error: ScriptError; broken?: boolean } {
    const cached = this.scripts.get(key);
    if (cached) {
      // Most recently used last: the first key is the one to evict.
      if (key !== this.lastKey) {
        this.scripts.delete(key);
        this.scripts.set(key, cached);
        this.lastKey = key;
      }
      return { runner: cached };
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(src.functionName)) {
      return {
        error: { type: 'TypeError', message: `"${src.functionName}" is not a valid function name` },
      };
    }
    this.arm(limits);
    let compiled;
    try {
      const syntaxError = checkSyntax(this.context, src.source, src.fileName);
      if (syntaxError) return { error: syntaxError };
      const code = `${PREFIX}${src.source}\n;return typeof ${src.functionName} === "function" ? ${src.functionName} : undefined;})`;
      compiled = this.context.evalCode(code, src.fileName);
    } catch (e) {
      // Deeply nested source can overflow the host's stack inside the parser.
      this.broken = true;
      return { error: hostFailure(e), broken: true };
    }
    if (compiled.error) {
      const raw = this.context.dump(compiled.error) as RawError;
      compiled.error.dispose();
      // The source parsed on its own, so this is not expected; keep the position in the script.
      return { error: placeInSource(toScriptError(raw, src.fileName, PREFIX.length), src.source) };
    }
    // The per-message function of this script: the prelude's entry bound to its factory, its
    // function name and its Rhino mode (read once here). Runs no user code.
    const runner = this.context.callFunction(
      this.prepareEntry,
      this.context.undefined,
      compiled.value,
      this.nameHandle(src.functionName),
    );
    compiled.value.dispose();
    if (runner.error) {
      const raw = this.context.dump(runner.error) as RawError;
      runner.error.dispose();
      return {
        error: {
          type: 'SandboxError',
          message: `The script could not be prepared: ${raw.message}`,
        },
      };
    }
    if (this.scripts.size >= MAX_SCRIPTS) {
      const oldest = this.scripts.keys().next().value as string;
      this.scripts.get(oldest)?.dispose();
      this.scripts.delete(oldest);
    }
    this.scripts.set(key, runner.value);
    this.lastKey = key;
    return { runner: runner.value };
  }

  private nameHandle(name: string): QuickJSHandle {
    let h = this.names.get(name);
    if (!h) {
      h = this.context.newString(name);
      this.names.set(name, h);
    }
    return h;
  }

  run(
    runner: QuickJSHandle,
    src: ScriptSource,
    message: Message,
    limits: ResolvedLimits,
  ): RunOutcome {
    const ctx = this.context;
    const body = message.body;
    // The body as it is (or its JSON); headers and properties as JSON after a letter saying which.
    const text = typeof body === 'string';
    const input = text ? body : JSON.stringify(body ?? null);
    const meta = `${text ? 'S' : 'J'}${JSON.stringify({ h: message.headers ?? {}, p: message.properties ?? {} })}`;
    const unchanged = (): Message => inputCopy(input, meta);
    this.arm(limits);
    let json: string;
    let discard: RunOutcome['discard'] = 'none';
    try {
      const inputHandle = ctx.newString(input);
      const metaHandle = ctx.newString(meta);
      const called = ctx.callFunction(runner, ctx.undefined, inputHandle, metaHandle);
      inputHandle.dispose();
      metaHandle.dispose();
      const heapGrown = this.engine.memory.buffer.byteLength > this.heapCeiling;
      if (called.error) {
        // Uncatchable: interrupted (time / heap watch), or out of memory while leaving the sandbox.
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
            : this.userError(raw, src);
        return this.failed(unchanged(), error, memory ? 'engine' : this.resetAfterFailure());
      }
      json = ctx.getString(called.value);
      called.value.dispose();
      if (Date.now() > this.deadline + OVERRUN_GRACE_MS) {
        // Finished, but only after one long built-in call the interrupt handler never saw:
        // over the limit is a time-out, never a success.
        return this.failed(
          unchanged(),
          { type: 'TimeoutError', message: timeoutMessage(limits.timeMs) },
          'none',
        );
      }
      if (heapGrown) {
        return this.failed(
          unchanged(),
          { type: 'MemoryError', message: memoryMessage(limits.memoryBytes) },
          'engine',
        );
      }
      // Work a message left queued (promise reactions) would run in a later message: not here.
      if (this.runtime.hasPendingJob()) discard = 'realm';
    } catch (e) {
      // The host itself failed inside the module (e.g. its stack overflowed in a deeply recursive
      // built-in): the module's state is not trustworthy any more. Never free it (freeing a
      // half-unwound QuickJS runtime aborts); drop the whole engine.
      this.broken = true;
      return this.failed(unchanged(), hostFailure(e), 'engine');
    }
    const reply = readReply(json);
    const base = { logs: reply.logs, messageLog: reply.messageLog };
    if (!reply.clean) discard = 'realm';
    if (!reply.ok || !reply.message) {
      const raw = reply.error ?? {
        type: 'InternalError',
        message: 'The script result could not be read',
      };
      // An interrupt (time limit, heap watch) that a built-in turned into an ordinary, catchable
      // error (QuickJS's Promise.resolve reports it as "not a function") is still the breach.
      const memory = isMemoryError(raw) || this.heapBreached;
      let error: ScriptError = memory
        ? { type: 'MemoryError', message: memoryMessage(limits.memoryBytes) }
        : this.timedOut
          ? { type: 'TimeoutError', message: timeoutMessage(limits.timeMs) }
          : this.userError(raw, src);
      if (reply.asyncResult) error = this.asyncError(error, src);
      return {
        result: { ...base, message: unchanged(), error },
        discard: memory ? 'engine' : discard,
      };
    }
    const m = reply.message;
    let headers = m.headers ?? flatCopy(message.headers ?? {});
    let properties = m.properties ?? flatCopy(message.properties ?? {});
    if (!headers || !properties) {
      const copy = JSON.parse(meta.slice(1)) as MetaCopy;
      headers ??= copy.h;
      properties ??= copy.p;
    }
    return { result: { ...base, message: { body: m.body, headers, properties } }, discard };
  }

  /**
   * The run ended before the prelude's own reset (interrupted): run it now, under a short
   * deadline of its own. Frozen built-ins need nothing; the realm is kept when the global object
   * is back as it was and no work is queued, and discarded otherwise.
   */
  private resetAfterFailure(): RunOutcome['discard'] {
    if (!this.hardened) return 'realm';
    this.timedOut = false;
    this.deadline = Date.now() + 100;
    const ctx = this.context;
    const r = ctx.callFunction(this.resetEntry, ctx.undefined);
    if (r.error) {
      r.error.dispose();
      return 'realm';
    }
    const clean = ctx.dump(r.value) === true;
    r.value.dispose();
    return clean && !this.runtime.hasPendingJob() ? 'none' : 'realm';
  }

  /** A thrown error with its position in the user's script. */
  private userError(raw: RawError, src: ScriptSource): ScriptError {
    return placeInSource(toScriptError(raw, src.fileName, PREFIX.length), src.source);
  }

  private asyncError(error: ScriptError, src: ScriptSource): ScriptError {
    const at = functionPosition(src.source, src.functionName);
    return at ? { ...error, ...at } : error;
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
    if (this.broken) return;
    try {
      for (const h of this.scripts.values()) h.dispose();
      for (const h of this.names.values()) h.dispose();
      this.scripts.clear();
      this.names.clear();
      this.resetEntry.dispose();
      this.prepareEntry.dispose();
      this.entry.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      // A runtime broken by an out-of-memory may not free cleanly; its engine is discarded anyway.
    }
  }
}

type MetaCopy = { h: Message['headers']; p: Message['properties'] };

/**
 * A copy of headers or properties the script left untouched, as their JSON round trip would give
 * it, when every value is a plain string, finite number, boolean or null (far cheaper than
 * JSON.parse); null for anything else (the caller then parses the JSON it sent).
 */
function flatCopy(fields: Record<string, unknown>): Record<string, unknown> | null {
  if (Object.getPrototypeOf(fields) !== Object.prototype) return null;
  const out: Record<string, unknown> = {};
  for (const k in fields) {
    if (!Object.hasOwn(fields, k) || k === '__proto__') return null;
    const v = fields[k];
    if (!isJsonScalar(v)) return null;
    out[k] = v;
  }
  return out;
}

/** A fresh copy of the input message (returned with an error: the message is left unchanged). */
function inputCopy(input: string, meta: string): Message {
  const m = JSON.parse(meta.slice(1)) as MetaCopy;
  return {
    body: meta.charCodeAt(0) === 83 ? input : (JSON.parse(input) as unknown),
    headers: m.h,
    properties: m.p,
  };
}

/** A failure of the host inside the WebAssembly module, as a script error. */
function hostFailure(e: unknown): ScriptError {
  const text = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError || /call stack/i.test(text)) {
    return {
      type: 'InternalError',
      message:
        'stack overflow: the script nests too deeply for the sandbox (a deeply nested value, a deep recursion inside a built-in, or deeply nested source code)',
    };
  }
  return { type: 'SandboxError', message: `The sandbox failed while running the script: ${text}` };
}
