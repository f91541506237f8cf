import type { StepExecResult } from './types';

/**
 * What the engine puts in the CamelExceptionCaught property. It must stay plain data (the
 * message crosses into the script sandbox and into saved traces), so it is a tagged object;
 * the sandbox's Java shim turns a value with `"@exception": true` into an object with
 * getMessage(), getClass().getName() and toString(), as Groovy scripts in CPI expect.
 */
export interface CaughtException {
  '@exception': true;
  /** Java-style class name, e.g. "com.sap.it.rt.adapter.http.api.exception.HttpResponseException". */
  type: string;
  message: string;
  line?: number;
  column?: number;
}

export function exceptionCaught(e: NonNullable<StepExecResult['error']>): CaughtException {
  return {
    '@exception': true,
    type: e.type,
    message: e.message,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  };
}

export function isCaughtException(v: unknown): v is CaughtException {
  return (
    typeof v === 'object' && v !== null && (v as Record<string, unknown>)['@exception'] === true
  );
}
