import type { ScriptError } from './types';

/** What the sandbox reports about a thrown value (see prelude errorData / QuickJS dump). */
export interface RawError {
  type?: unknown;
  name?: unknown;
  message?: unknown;
  stack?: unknown;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turn a sandbox error into a ScriptError whose line/column point into the user's script: the first
 * stack frame in the user's file (frames inside the prelude are skipped, so an unsupported class is
 * reported at the line that used it). `firstLineShift` removes the wrapper prefix on line 1.
 */
export function toScriptError(
  raw: RawError,
  fileName: string,
  firstLineShift: number,
): ScriptError {
  const type =
    typeof raw.type === 'string' ? raw.type : typeof raw.name === 'string' ? raw.name : 'Error';
  const message = typeof raw.message === 'string' ? raw.message : String(raw.message ?? '');
  const error: ScriptError = { type, message };
  const stack = typeof raw.stack === 'string' ? raw.stack : '';
  const frame = new RegExp(`${escapeRegExp(fileName)}:(\\d+):(\\d+)`).exec(stack);
  if (frame) {
    const line = Number(frame[1]);
    const column = Number(frame[2]);
    error.line = line;
    error.column = line === 1 ? Math.max(1, column - firstLineShift) : column;
  }
  return error;
}

/**
 * Where an error happened, as every view shows it: " (line 3, column 7 in script1.js)", or with
 * `short` " (line 3:7 in script1.js)"; "" when nothing is known.
 */
export function errorWhere(
  error: { line?: number | undefined; column?: number | undefined; fileName?: string | undefined },
  short = false,
): string {
  const file = error.fileName ? ` in ${error.fileName}` : '';
  if (error.line === undefined) return file ? ` (${file.slice(1)})` : '';
  const column =
    error.column === undefined ? '' : short ? `:${error.column}` : `, column ${error.column}`;
  return ` (line ${error.line}${column}${file})`;
}

/** Only safe characters in the file name: it is pasted into code and into a regular expression. */
export function safeFileName(name: string | undefined): string {
  const cleaned = (name ?? '').replace(/[^\w.\-/]/g, '_');
  return cleaned.length > 0 ? cleaned.slice(0, 100) : 'script.js';
}
