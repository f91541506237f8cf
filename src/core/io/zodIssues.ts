import type { z } from 'zod';
import { issue, type ImportError, type PathSegment } from './paths';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** One zod issue → import errors with readable messages ("required", "unknown key "x""). */
function translate(i: z.core.$ZodIssue, prefix: readonly PathSegment[]): ImportError[] {
  const path = [...prefix, ...(i.path as PathSegment[])];
  switch (i.code) {
    case 'unrecognized_keys':
      return i.keys.map((k) => issue([...path, k], `unknown key "${k}"`));
    case 'invalid_type':
      return [
        issue(
          path,
          i.input === undefined ? 'is required' : `expected ${i.expected}, got ${kindOf(i.input)}`,
        ),
      ];
    case 'too_big': {
      const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
      const got =
        typeof i.input === 'string' || Array.isArray(i.input) ? ` (got ${i.input.length})` : '';
      return [issue(path, `too big: at most ${i.maximum}${unit}${got}`)];
    }
    case 'too_small': {
      if (i.origin === 'string' && i.minimum === 1) return [issue(path, 'must not be empty')];
      const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
      return [issue(path, `too small: at least ${i.minimum}${unit}`)];
    }
    case 'invalid_value':
      return [
        issue(
          path,
          `expected ${i.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(i.input) ?? 'nothing'}`,
        ),
      ];
    case 'invalid_union':
      if ('discriminator' in i && i.discriminator) {
        const got = (i.input as Record<string, unknown> | undefined)?.[i.discriminator as string];
        return [
          issue(path, `unknown ${String(i.discriminator)} ${JSON.stringify(got) ?? '(missing)'}`),
        ];
      }
      return [issue(path, i.message)];
    default:
      return [issue(path, i.message)];
  }
}

/** Runs a schema and returns its value or errors at full paths under `prefix`. */
export function validateWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: readonly PathSegment[],
): { ok: true; value: T } | { ok: false; errors: ImportError[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((i) => translate(i, prefix)) };
}
