import { translateGroovyCached, type GroovyPosition } from '../groovy/translate';
import type { RunScriptOptions, ScriptError } from './types';

/**
 * The JavaScript the sandbox runs for a script: Groovy is translated once per source (cached) and
 * comes with the map from JavaScript lines back to Groovy lines and columns.
 */
export function sandboxSource(
  options: Pick<RunScriptOptions, 'source' | 'language'>,
): { source: string; lineMap?: GroovyPosition[] } | { error: ScriptError } {
  if (options.language !== 'groovy') return { source: options.source };
  const r = translateGroovyCached(options.source);
  if ('error' in r) return { error: { ...r.error } };
  return { source: r.js, lineMap: r.lineMap };
}

/** An error of the translated script, placed at the Groovy line and column it comes from. */
export function groovyError(
  error: ScriptError,
  lineMap: GroovyPosition[] | undefined,
): ScriptError {
  if (!lineMap || error.line === undefined) return error;
  const at = lineMap[error.line - 1] ?? lineMap[lineMap.length - 1];
  return at ? { ...error, line: at.line, column: at.column } : error;
}
