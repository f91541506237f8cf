import type * as z from 'zod/mini';
import { describeError, issue, type ImportError, type PathSegment } from './paths';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

const unitOf = (origin: string): string =>
  origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';

/**
 * The one translator from zod issues to readable text ("is required", "too big: at most 200
 * characters (got 201)", "expected "GET" or "POST", got "FETCH""). zod/mini carries no locale, so
 * every parse whose messages a person reads passes it as its error map (`readably`); a message a
 * schema gives itself (`z.regex(re, 'letters only')`) still wins.
 */
export const readableIssue: z.core.$ZodErrorMap = (i) => {
  switch (i.code) {
    case 'unrecognized_keys':
      return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      if (i.input === undefined) return 'is required';
      if (i.expected === 'int') return `expected a whole number, got ${String(i.input)}`;
      return `expected ${i.expected}, got ${kindOf(i.input)}`;
    case 'too_big': {
      const got =
        typeof i.input === 'string' || Array.isArray(i.input) ? ` (got ${i.input.length})` : '';
      return `too big: at most ${i.maximum}${unitOf(i.origin)}${got}`;
    }
    case 'too_small':
      if (i.origin === 'string' && i.minimum === 1) return 'must not be empty';
      return `too small: at least ${i.minimum}${unitOf(i.origin)}`;
    case 'invalid_value':
      return `expected ${i.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(i.input) ?? 'nothing'}`;
    case 'invalid_format':
      return i.format === 'regex' && i.pattern
        ? `must match the pattern ${i.pattern}`
        : `is not a valid ${i.format}`;
    case 'invalid_union':
      if (i.discriminator) {
        const got = (i.input as Record<string, unknown> | undefined)?.[i.discriminator];
        return `unknown ${i.discriminator} ${JSON.stringify(got) ?? '(missing)'}`;
      }
      return 'matches none of the allowed shapes';
    case 'invalid_key':
      return `invalid key: ${i.issues[0]?.message ?? 'not allowed'}`;
    case 'not_multiple_of':
      return `must be a multiple of ${i.divisor}`;
    default:
      return 'is not valid';
  }
};

/** Parse options that give every issue its readable message (see readableIssue). */
export const readably = { error: readableIssue } as const;

/** One zod issue → import errors at full paths; each unknown key is an error of its own. */
function translate(i: z.core.$ZodIssue, prefix: readonly PathSegment[]): ImportError[] {
  const path = [...prefix, ...(i.path as PathSegment[])];
  if (i.code === 'unrecognized_keys')
    return i.keys.map((k) => issue([...path, k], `unknown key "${k}"`));
  return [issue(path, i.message)];
}

/** Runs a schema and returns its value or errors at full paths under `prefix`. */
export function validateWith<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  prefix: readonly PathSegment[],
): { ok: true; value: T } | { ok: false; errors: ImportError[] } {
  const result = schema.safeParse(value, readably);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((i) => translate(i, prefix)) };
}

/**
 * A step's config as its schema reads it when a run reaches the step, or the run's error naming
 * the first wrong setting ("headers[0].name: too big: at most 200 characters (got 201)").
 */
export function parseStepConfig<T>(
  schema: z.ZodMiniType<T>,
  config: unknown,
): { ok: true; config: T } | { ok: false; error: { type: 'ConfigurationError'; message: string } } {
  const r = validateWith(schema, config, []);
  if (r.ok) return { ok: true, config: r.value };
  const first = r.errors[0];
  return {
    ok: false,
    error: {
      type: 'ConfigurationError',
      message: first ? describeError(first) : 'invalid configuration',
    },
  };
}
