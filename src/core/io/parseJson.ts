import { jsonErrorOffset } from './jsonErrorOffset';
import { LIMITS } from './limits';
import { issue, type ImportError, type PathSegment } from './paths';

/** Keys that could reach Object.prototype when a consumer merges or spreads loaded data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: ImportError[] };

/** "not valid JSON (line L, column C): reason", 1-based, located by our own scanner. */
function describeSyntaxError(text: string): string {
  const { offset, reason } = jsonErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON (line ${line}, column ${column}): ${reason}`;
}

/** First forbidden key or too-deep nesting, walking the raw parsed value. */
function findDangerous(value: unknown, path: PathSegment[], depth: number): ImportError | null {
  if (depth > LIMITS.depth) return issue(path, `nested deeper than ${LIMITS.depth} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findDangerous(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return issue([...path, key], `forbidden key "${key}"`);
      const found = findDangerous(
        (value as Record<string, unknown>)[key],
        [...path, key],
        depth + 1,
      );
      if (found) return found;
    }
  }
  return null;
}

/**
 * Parses untrusted JSON text: size limit, syntax (with line/column), then a walk that refuses
 * `__proto__`/`constructor`/`prototype` keys anywhere, before any schema sees the data.
 */
export function parseJsonSafely(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, errors: [issue([], 'not a text file')] };
  if (text.length > LIMITS.fileChars)
    return {
      ok: false,
      errors: [
        issue([], `file is too large (${text.length} characters, at most ${LIMITS.fileChars})`),
      ],
    };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof RangeError ? 'nested too deeply' : describeSyntaxError(text);
    return { ok: false, errors: [issue([], message)] };
  }
  const dangerous = findDangerous(value, [], 0);
  return dangerous ? { ok: false, errors: [dangerous] } : { ok: true, value };
}
