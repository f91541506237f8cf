/** Longest flow id we derive or accept; CPI ids are short identifiers. */
export const MAX_FLOW_ID = 100;

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

/**
 * Checks a flow id typed by the user; a message or null. Same alphabet as derived ids, unique
 * case-insensitively (ids name files and endpoints, where case may not count).
 */
export function checkFlowId(id: string, existing: Iterable<string>): string | null {
  if (!id) return 'ID is required';
  if (id.length > MAX_FLOW_ID) return `ID must be at most ${MAX_FLOW_ID} characters`;
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) return 'ID may contain only letters, digits, "_", "-" and "."';
  if (!/^[A-Za-z_]/.test(id)) return 'ID must start with a letter or "_"';
  const lower = id.toLowerCase();
  for (const other of existing)
    if (other.toLowerCase() === lower) return `ID "${id}" is already used by another flow`;
  return null;
}
