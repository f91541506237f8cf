import type { ScriptError } from '../../core/script/types';
import { errorWhere } from '../../core/script/scriptError';

/** A marker in Monaco's shape (IMarkerData) without importing Monaco, so it is testable in Node. */
export interface MarkerData {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Monaco's MarkerSeverity.Error. */
export const ERROR_SEVERITY = 8;

/**
 * The text of a script error as the preview shows it:
 * "TypeError: x is not a function (line 3:5 in script1.js)".
 */
export function formatScriptError(error: ScriptError): string {
  // The preview belongs to one script: an error without a line (a time-out) needs no file name.
  const where = error.line !== undefined ? errorWhere(error, true) : '';
  return `${error.type}: ${error.message}${where}`;
}

/**
 * The marker for a sandbox error: from its column to the end of its line (the whole line without
 * a column), clamped to the model, because the script may have changed since the run started.
 * Null when the error has no line (e.g. a time limit).
 */
export function errorMarker(
  error: ScriptError,
  lineCount: number,
  lineLength: (line: number) => number,
): MarkerData | null {
  if (error.line === undefined || lineCount < 1) return null;
  const line = Math.min(Math.max(1, error.line), lineCount);
  const end = lineLength(line) + 1;
  const start = error.column !== undefined ? Math.min(Math.max(1, error.column), end) : 1;
  return {
    severity: ERROR_SEVERITY,
    message: `${error.type}: ${error.message}`,
    startLineNumber: line,
    startColumn: start,
    endLineNumber: line,
    endColumn: start === end ? end + 1 : end,
  };
}
