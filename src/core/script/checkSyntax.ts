import type { QuickJSContext } from 'quickjs-emscripten-core';
import { rhinoSyntaxError } from './rhinoSyntax';
import { toScriptError, type RawError } from './scriptError';
import type { ScriptError } from './types';

/**
 * Parse the user's source on its own, as a script, without running it. The runner wraps the source
 * in a function; a stray `}` or an unterminated construct would otherwise be parsed against the
 * wrapper and reported at a position in the wrapper (line 9 of an 8-line script). On its own the
 * source is parsed exactly as written, so QuickJS's positions are the user's positions.
 * Returns null when the source parses.
 */
export function checkSyntax(
  context: QuickJSContext,
  source: string,
  fileName: string,
): ScriptError | null {
  const compiled = context.evalCode(source, fileName, { compileOnly: true });
  if (!compiled.error) {
    compiled.value.dispose();
    // QuickJS knows newer syntax than CPI's Rhino 1.7.14: refuse what would not compile on CPI.
    return rhinoSyntaxError(source, fileName);
  }
  const raw = context.dump(compiled.error) as RawError;
  compiled.error.dispose();
  return placeInSource(toScriptError(raw, fileName, 0), source);
}

/** QuickJS names the end of input as an empty token. */
const END_OF_INPUT = /^unexpected token in expression: ''$/;

/** QuickJS counts columns in code points; Monaco (and JavaScript strings) in UTF-16 units. */
function utf16Column(lineText: string, codePointColumn: number): number {
  let units = 0;
  let points = 1;
  for (const ch of lineText) {
    if (points >= codePointColumn) break;
    units += ch.length;
    points++;
  }
  return units + 1 + Math.max(0, codePointColumn - points);
}

/**
 * Keep an error's position inside the user's script, in UTF-16 columns. An error at (or beyond)
 * the end of input points just after the last character that is not white space, the place the
 * user has to look at, and its message says so. Positions inside the script are only converted.
 */
export function placeInSource(error: ScriptError, source: string): ScriptError {
  const out: ScriptError = END_OF_INPUT.test(error.message)
    ? { ...error, message: 'unexpected end of script' }
    : { ...error };
  if (out.line === undefined) return out;
  const lines = source.replace(/\s+$/, '').split('\n');
  const lastLine = lines.length;
  const line = Math.max(1, out.line);
  const text = (lines[Math.min(line, lastLine) - 1] ?? '').replace(/\r$/, '');
  const column = utf16Column(text, Math.max(1, out.column ?? 1));
  const endColumn = text.length + 1;
  if (line > lastLine || (line === lastLine && column > endColumn)) {
    out.line = lastLine;
    out.column = (lines[lastLine - 1] ?? '').replace(/\r$/, '').length + 1;
  } else {
    out.line = line;
    if (out.column !== undefined) out.column = column;
  }
  return out;
}
