import type { Message } from '../model/message';
import { discardScriptEngine, getScriptEngine, isCurrentEngine, type ScriptEngine } from './engine';
import { resolveLimits, type ResolvedLimits } from './limits';
import { mutatesBuiltins, Realm, type RunOutcome, type ScriptSource } from './realm';
import { groovyError, sandboxSource } from './groovySource';
import { safeFileName } from './scriptError';
import { DEFAULT_FUNCTION } from './template';
import type { RunScriptOptions, RunScriptResult, ScriptError } from './types';

/** The hardened realm every script and message of the current engine runs in (see realm.ts). */
let shared: Realm | null = null;
/** Whether a source mutates built-ins, by script key (the regex is not free on big sources). */
const compatCache = new Map<string, boolean>();

export function sourceOf(
  options: Pick<RunScriptOptions, 'source' | 'functionName' | 'fileName'>,
): ScriptSource {
  return {
    source: options.source,
    functionName: options.functionName || DEFAULT_FUNCTION,
    fileName: safeFileName(options.fileName),
  };
}

export function scriptKey(src: ScriptSource): string {
  return `${src.functionName}\u0000${src.fileName}\u0000${src.source}`;
}

/** A hardened realm built ahead, so a discarded shared realm is replaced at once. */
let spare: Realm | null = null;
let refill: ReturnType<typeof setTimeout> | null = null;

function sharedRealm(engine: ScriptEngine): Realm {
  if (!shared || !shared.alive || shared.engine !== engine) {
    shared?.dispose();
    shared = null;
    if (spare?.alive && spare.engine === engine) {
      shared = spare;
      spare = null;
    } else {
      spare?.dispose();
      spare = null;
      shared = Realm.create(engine, true);
    }
    refillSpare(engine);
  }
  return shared;
}

function refillSpare(engine: ScriptEngine): void {
  if (refill) return;
  refill = setTimeout(() => {
    refill = null;
    if (spare || !isCurrentEngine(engine)) return;
    try {
      spare = Realm.create(engine, true);
    } catch {
      spare = null;
    }
  }, 0);
}

function isCompat(key: string, source: string): boolean {
  let compat = compatCache.get(key);
  if (compat === undefined) {
    compat = mutatesBuiltins(source);
    if (compatCache.size >= 512) compatCache.clear();
    compatCache.set(key, compat);
  }
  return compat;
}

function copyOf(message: Message): Message {
  return JSON.parse(
    JSON.stringify({
      body: message.body ?? null,
      headers: message.headers ?? {},
      properties: message.properties ?? {},
    }),
  ) as Message;
}

function dropShared(): void {
  shared?.dispose();
  shared = null;
  spare?.dispose();
  spare = null;
}

/**
 * Run one message synchronously on a loaded engine: the shared hardened realm, or for a script
 * that mutates built-ins a fresh realm of its own. Applies what the outcome says must be discarded.
 */
export function runOnce(
  engine: ScriptEngine,
  src: ScriptSource,
  key: string,
  message: Message,
  limits: ResolvedLimits,
): RunOutcome['result'] {
  const compat = isCompat(key, src.source);
  let realm: Realm | null = null;
  try {
    realm = compat ? Realm.create(engine, false) : sharedRealm(engine);
    const compiled = realm.compile(key, src, limits);
    if ('error' in compiled) {
      if (compiled.broken) discard(realm, 'engine');
      else if (compat) realm.dispose();
      return named(
        {
          message: copyOf(message),
          logs: [],
          messageLog: { properties: {}, attachments: [] },
          error: compiled.error,
        },
        src,
      );
    }
    const outcome = realm.run(compiled.runner, src, message, limits);
    discard(realm, compat && outcome.discard === 'none' ? 'realm' : outcome.discard);
    return named(outcome.result, src);
  } catch (e) {
    // Creating a realm failed (the prelude did not load): nothing user-made is at fault.
    if (realm) discard(realm, 'engine');
    else discardScriptEngine();
    return {
      message: copyOf(message),
      logs: [],
      messageLog: { properties: {}, attachments: [] },
      error: {
        type: 'SandboxError',
        message: `The sandbox could not start: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
  }
}

/** Compile a script into the realm it will run in, without running it: its syntax error or null. */
export function compileOnce(
  engine: ScriptEngine,
  src: ScriptSource,
  key: string,
  limits: ResolvedLimits,
): ScriptError | null {
  if (isCompat(key, src.source)) {
    const realm = Realm.create(engine, false);
    const compiled = realm.compile(key, src, limits);
    realm.dispose();
    return 'error' in compiled ? compiled.error : null;
  }
  const realm = sharedRealm(engine);
  const compiled = realm.compile(key, src, limits);
  if ('error' in compiled) {
    if (compiled.broken) discard(realm, 'engine');
    return compiled.error;
  }
  return null;
}

function discard(realm: Realm, what: RunOutcome['discard']): void {
  if (what === 'none') return;
  realm.dispose();
  if (realm === shared) shared = null;
  if (what === 'engine') {
    dropShared();
    discardScriptEngine();
  }
}

/**
 * Run one script on one message in the QuickJS sandbox. Never throws for script problems: syntax
 * errors, exceptions, time-outs and memory breaches come back as `error` with the input message.
 */
export async function runScript(options: RunScriptOptions): Promise<RunScriptResult> {
  const limits = resolveLimits(options.limits);
  const resolved = sandboxSource(options);
  if ('error' in resolved) {
    return {
      message: copyOf(options.message),
      logs: [],
      messageLog: { properties: {}, attachments: [] },
      error: { ...resolved.error, fileName: safeFileName(options.fileName) },
      durationMs: 0,
    };
  }
  const src = sourceOf({ ...options, source: resolved.source });
  const engine = await getScriptEngine(limits.memoryBytes);
  const key = scriptKey(src);
  // durationMs is the script's own time: loading the engine or building the shared realm is not.
  if (!isCompat(key, src.source)) {
    try {
      sharedRealm(engine);
    } catch {
      // runOnce reports it as a SandboxError.
    }
  }
  const started = performance.now();
  const result = runOnce(engine, src, key, options.message, limits);
  if (result.error && resolved.lineMap) result.error = groovyError(result.error, resolved.lineMap);
  return { ...result, durationMs: performance.now() - started };
}

/** Every error names the script it belongs to. */
function named(result: RunOutcome['result'], src: ScriptSource): RunOutcome['result'] {
  if (result.error && !result.error.fileName) result.error.fileName = src.fileName;
  return result;
}

/** Load the engine and the shared realm ahead of the first run (the sandbox worker at start). */
export async function warmUpScripts(memoryBytes?: number): Promise<void> {
  const engine = await getScriptEngine(resolveLimits({ memoryBytes }).memoryBytes);
  sharedRealm(engine);
}

/** Forget every compiled script and the shared realm (tests, or the worker before it recycles). */
export function clearScriptCache(): void {
  dropShared();
  compatCache.clear();
}
