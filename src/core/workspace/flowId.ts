/** Longest flow id we derive; CPI ids are short identifiers. */
const MAX_FLOW_ID = 100;

/**
 * CPI-style flow id from a name: "Hello World" → "Hello_World"; only letters, digits, `_`, `.`
 * and `-`; starts with a letter or `_`. Made unique against `existing` with `_1`, `_2`, …
 */
export function deriveFlowId(name: string, existing: Iterable<string>): string {
  let base = name
    .normalize('NFKD')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9_.-]/g, '')
    .slice(0, MAX_FLOW_ID);
  if (!base) base = 'Flow';
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  const taken = new Set([...existing].map((id) => id.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
