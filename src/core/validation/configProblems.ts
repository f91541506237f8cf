import type * as z from 'zod/mini';
import { readably } from '../io/zodIssues';
import type { FieldGroup } from '../registry/types';

export interface FieldError {
  field?: string;
  message: string;
}

/** Field label from a form, so messages read "Address: …" instead of "address: …". */
function labelOf(form: FieldGroup[], key: string | undefined): string | undefined {
  if (!key) return undefined;
  for (const group of form) for (const f of group.fields) if (f.key === key) return f.label;
  return key;
}

type Issues = readonly z.core.$ZodIssue[];

// Schema issues by schema and config object. Configs are immutable (every edit makes a new
// object and unchanged ones keep their identity), so re-validating a big flow after a move or a
// rename parses only the configs that changed.
const issuesCache = new WeakMap<z.ZodMiniType, WeakMap<object, Issues>>();
const NO_ISSUES: Issues = [];

function schemaIssues(schema: z.ZodMiniType, config: unknown): Issues {
  const parse = () => {
    const parsed = schema.safeParse(config, readably);
    return parsed.success ? NO_ISSUES : parsed.error.issues;
  };
  if (typeof config !== 'object' || config === null) return parse();
  let bySchema = issuesCache.get(schema);
  if (!bySchema) issuesCache.set(schema, (bySchema = new WeakMap()));
  let issues = bySchema.get(config);
  if (!issues) bySchema.set(config, (issues = parse()));
  return issues;
}

/**
 * Notes that `config` is what `schema` itself returned from a successful parse (the load door's
 * check), so validating the loaded flow does not parse every config a second time.
 */
export function noteParsedConfig(schema: z.ZodMiniType, config: object): void {
  let bySchema = issuesCache.get(schema);
  if (!bySchema) issuesCache.set(schema, (bySchema = new WeakMap()));
  if (!bySchema.has(config)) bySchema.set(config, NO_ISSUES);
}

/**
 * Schema issues plus the definition's own checks for one config. The definition's message
 * wins when both speak of the same field (it is the more specific one).
 */
export function configErrors(
  schema: z.ZodMiniType,
  form: FieldGroup[],
  config: unknown,
  custom: FieldError[],
): FieldError[] {
  const errors = [...custom];
  const covered = new Set(custom.map((e) => e.field));
  for (const issue of schemaIssues(schema, config)) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? head : undefined;
    if (issue.code === 'unrecognized_keys') {
      errors.push({ message: `Unknown setting(s): ${issue.keys.join(', ')}` });
      continue;
    }
    if (covered.has(field)) continue;
    covered.add(field);
    const label = labelOf(form, field);
    errors.push({ field, message: label ? `${label}: ${issue.message}` : issue.message });
  }
  return errors;
}
