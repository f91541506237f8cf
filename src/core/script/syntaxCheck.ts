import { parse } from 'acorn';
import { rhinoSyntaxError } from './rhinoSyntax';

/** A syntax error of a script source, at a 1-based line and column (UTF-16 units, as editors count). */
export interface SourceSyntaxError {
  message: string;
  line: number;
  column: number;
}

// Validation runs on every edit: parse each distinct source once (scripts rarely change while
// the rest of the flow is edited). Bounded, oldest out first.
const cache = new Map<string, SourceSyntaxError | null>();
const CACHE_SIZE = 256;

/**
 * The first syntax error of a script, or null when it parses. Nothing is run. A script is parsed
 * as the sandbox parses it (a classic script in the latest ECMAScript) and then checked for the
 * syntax CPI's engine, Rhino 1.7.14, does not compile (see rhinoSyntax.ts).
 */
export function findSyntaxError(source: string): SourceSyntaxError | null {
  const known = cache.get(source);
  if (known !== undefined) return known;
  let found: SourceSyntaxError | null = null;
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    if (!(e instanceof SyntaxError) || !loc) throw e;
    found = {
      // acorn appends "(line:column)"; the position is given separately.
      message: e.message.replace(/\s*\(\d+:\d+\)$/, ''),
      line: loc.line,
      column: loc.column + 1,
    };
  }
  if (!found) {
    const rhino = rhinoSyntaxError(source, '');
    if (rhino)
      found = {
        message: rhino.message.replace(/\s*\(\)$/, ''),
        line: rhino.line ?? 1,
        column: rhino.column ?? 1,
      };
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(source, found);
  return found;
}
