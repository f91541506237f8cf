/** How an output header/property relates to the input message. */
export type EntryStatus = 'added' | 'changed' | 'removed' | 'same';

export interface EntryDiff {
  name: string;
  status: EntryStatus;
  /** Display text of the input value (absent when added). */
  before?: string;
  /** Display text of the output value (absent when removed). */
  after?: string;
}

/** Text shown for a header/property value: strings as is, everything else as JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // cyclic or exotic values still get a readable text
  }
}

/**
 * Diff of a script's output headers (or properties) against its input: output entries in output
 * order, then removed input entries. Values compare by their display text, which is what the user sees.
 */
export function diffEntries(
  input: Record<string, unknown>,
  output: Record<string, unknown>,
): EntryDiff[] {
  const rows: EntryDiff[] = [];
  for (const [name, value] of Object.entries(output)) {
    const after = displayValue(value);
    if (!Object.hasOwn(input, name)) {
      rows.push({ name, status: 'added', after });
      continue;
    }
    const before = displayValue(input[name]);
    rows.push({ name, status: before === after ? 'same' : 'changed', before, after });
  }
  for (const [name, value] of Object.entries(input)) {
    if (!Object.hasOwn(output, name)) {
      rows.push({ name, status: 'removed', before: displayValue(value) });
    }
  }
  return rows;
}
