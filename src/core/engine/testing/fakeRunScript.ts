import type { LogLine, Message } from '../../model/message';
import type { ScriptRunner } from '../../script/types';
import { isCaughtException } from '../exceptionCaught';

/** A java.util.Map look-alike over a plain object, enough for scripts in tests. */
function mapOf(o: Record<string, unknown>) {
  return {
    get: (k: string) => wrap(o[k]),
    containsKey: (k: string) => k in o,
    keySet: () => Object.keys(o),
  };
}

/** The shim the real sandbox is expected to apply: tagged exceptions get getMessage(). */
function wrap(v: unknown): unknown {
  if (!isCaughtException(v)) return v;
  return {
    getMessage: () => v.message,
    getClass: () => ({ getName: () => v.type }),
    toString: () => `${v.type}: ${v.message}`,
  };
}

/**
 * Test-only script runner: runs the script with `new Function` in the test process (no
 * isolation) over a minimal Message API, so engine tests do not depend on the sandbox.
 */
export const fakeRunScript: ScriptRunner = async (options) => {
  const msg = structuredClone(options.message) as Message;
  const logs: LogLine[] = [];
  const api = {
    getBody: () => msg.body,
    setBody: (b: unknown) => void (msg.body = b),
    getHeaders: () => mapOf(msg.headers),
    getHeader: (n: string) => msg.headers[n],
    setHeader: (n: string, v: unknown) => void (msg.headers[n] = v),
    getProperties: () => mapOf(msg.properties),
    getProperty: (n: string) => wrap(msg.properties[n]),
    setProperty: (n: string, v: unknown) => void (msg.properties[n] = v),
  };
  const console = {
    log: (...a: unknown[]) => void logs.push({ level: 'info', text: a.map(String).join(' ') }),
  };
  const messageLog = { properties: {}, attachments: [] };
  const t0 = performance.now();
  try {
    const fn = new Function(
      'console',
      `${options.source}\n;return ${options.functionName ?? 'processData'};`,
    )(console) as (m: typeof api) => unknown;
    fn(api);
    return { message: msg, logs, messageLog, durationMs: performance.now() - t0 };
  } catch (e) {
    const err = e as Error;
    return {
      message: options.message,
      logs,
      messageLog,
      error: { type: err.name, message: err.message },
      durationMs: performance.now() - t0,
    };
  }
};

/** A runner that does nothing: isolates the engine's own cost in benchmarks. */
export const noopRunScript: ScriptRunner = async (options) => ({
  message: options.message,
  logs: [],
  messageLog: { properties: {}, attachments: [] },
  durationMs: 0,
});
