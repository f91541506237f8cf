/** Longest technical name accepted (it becomes part of a file name). */
export const MAX_TECHNICAL_NAME = 100;

const ALLOWED = /^[A-Za-z0-9_.]+$/;

/**
 * CPI-style technical name from a display name: spaces dropped, other disallowed characters
 * stripped, no leading digit or dot. Falls back to "Package" when nothing usable is left.
 */
export function deriveTechnicalName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/\s+/g, '')
    .replace(/[^A-Za-z0-9_.]/g, '')
    .replace(/^[0-9.]+/, '')
    .slice(0, MAX_TECHNICAL_NAME);
  return cleaned || 'Package';
}

/** `base`, or `base_2`, `base_3`, … whichever is not taken (case-insensitively). */
export function uniqueTechnicalName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX_TECHNICAL_NAME - String(n).length - 1)}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Checks a technical name; returns a user-facing message or null when it is fine.
 * Uniqueness is case-insensitive because the name becomes a file name.
 */
export function checkTechnicalName(name: string, existing: readonly string[]): string | null {
  if (!name) return 'Technical name is required';
  if (name.length > MAX_TECHNICAL_NAME)
    return `Technical name must be at most ${MAX_TECHNICAL_NAME} characters`;
  if (!ALLOWED.test(name)) return 'Technical name may contain only letters, digits, "_" and "."';
  if (/^[0-9.]/.test(name)) return 'Technical name must not start with a digit or "."';
  const lower = name.toLowerCase();
  if (existing.some((n) => n.toLowerCase() === lower))
    return `Technical name "${name}" is already used by another package`;
  return null;
}
