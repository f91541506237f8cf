import type { FieldGroup, FieldSpec, Problem } from '../../core';

/** Field key → first error message, for inline errors. */
export type FieldErrors = Record<string, string>;

/**
 * Inline errors of one element: validation problems about it that name a field, plus extra
 * `{field, message}` findings (an adapter's own validate). Errors win over warnings; the first
 * message per field is kept.
 */
export function fieldErrors(
  problems: readonly Problem[],
  elementId: string,
  extra: readonly { field: string; message: string }[] = [],
): FieldErrors {
  const out: FieldErrors = {};
  const mine = problems.filter((p) => p.elementId === elementId && p.field);
  const ordered = [
    ...mine.filter((p) => p.severity === 'error'),
    ...mine.filter((p) => p.severity !== 'error'),
  ];
  for (const p of ordered) out[p.field!] ??= stripName(p.message);
  for (const e of extra) out[e.field] ??= e.message;
  return out;
}

/** "Script 1: no script file is assigned" reads better beside the field without the name. */
function stripName(message: string): string {
  const i = message.indexOf(': ');
  return i > 0 && i < 60 ? message.slice(i + 2).replace(/^./, (c) => c.toUpperCase()) : message;
}

/** Fields currently shown: those without visibleWhen or whose visibleWhen holds. */
export function visibleFields(group: FieldGroup, values: Record<string, unknown>): FieldSpec[] {
  return group.fields.filter((f) => !f.visibleWhen || f.visibleWhen(values));
}

/** Errors that belong to a table field's rows ("headers.2.name", "headers[2]") shown under it. */
export function nestedErrors(errors: FieldErrors, key: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k.startsWith(`${key}.`) || k.startsWith(`${key}[`))
    .map(([, m]) => m);
}
