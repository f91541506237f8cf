import type { Message } from '../model/message';
import { discardScriptEngine, getScriptEngine } from './engine';
import { resolveLimits } from './limits';
import { PreparedScript, type RunOutcome, type ScriptSource } from './preparedScript';
import { safeFileName } from './scriptError';
import { DEFAULT_FUNCTION } from './template';
import type { RunScriptOptions, RunScriptResult } from './types';
import { dropSpareContext, takeWarmContext } from './warmContext';

/** Prepared scripts by source: the preview re-runs the same source on every sample change. */
const cache = new Map<string, PreparedScript>();
const MAX_CACHED = 4;

function sourceOf(
  options: Pick<RunScriptOptions, 'source' | 'functionName' | 'fileName'>,
): ScriptSource {
  return {
    source: options.source,
    functionName: options.functionName || DEFAULT_FUNCTION,
    fileName: safeFileName(options.fileName),
  };
}

function drop(key: string): void {
  cache.get(key)?.dispose();
  cache.delete(key);
}

function apply(key: string, outcome: RunOutcome): void {
  if (outcome.discard === 'script') drop(key);
  if (outcome.discard === 'engine') {
    for (const k of [...cache.keys()]) drop(k);
    dropSpareContext();
    discardScriptEngine();
  }
}

/**
 * Run one script on one message in the QuickJS sandbox. Never throws for script problems: syntax
 * errors, exceptions, time-outs and memory breaches come back as `error` with the input message.
 */
export async function runScript(options: RunScriptOptions): Promise<RunScriptResult> {
  const started = performance.now();
  const limits = resolveLimits(options.limits);
  const src = sourceOf(options);
  const key = `${src.functionName}\u0000${src.fileName}\u0000${src.source}`;
  const engine = await getScriptEngine(limits.memoryBytes);
  let script = cache.get(key);
  if (script && script.engine !== engine) {
    drop(key);
    script = undefined;
  }
  if (!script) {
    const prepared = PreparedScript.create(engine, src, limits, takeWarmContext(engine));
    if ('error' in prepared) {
      return {
        message: structuredCopy(options.message),
        logs: [],
        messageLog: { properties: {}, attachments: [] },
        error: prepared.error,
        durationMs: performance.now() - started,
      };
    }
    script = prepared.script;
    if (cache.size >= MAX_CACHED) drop(cache.keys().next().value as string);
  } else {
    cache.delete(key);
  }
  cache.set(key, script);
  const outcome = script.run(options.message, limits);
  apply(key, outcome);
  return { ...outcome.result, durationMs: performance.now() - started };
}

function structuredCopy(message: Message): Message {
  return JSON.parse(
    JSON.stringify({
      body: message.body ?? null,
      headers: message.headers ?? {},
      properties: message.properties ?? {},
    }),
  ) as Message;
}

/** Forget every prepared script (tests, or the worker before it recycles). */
export function clearScriptCache(): void {
  for (const k of [...cache.keys()]) drop(k);
  dropSpareContext();
}
