/**
 * HTTPS sender addresses as the tenant serves them: compared case-insensitively; a trailing
 * "/*" is a wildcard for any deeper path ("/orders/*" serves "/orders/1" and "/orders/1/items").
 */

function wildcardPrefix(address: string): string | null {
  return address.endsWith('/*') ? address.slice(0, -1).toLowerCase() : null;
}

/** Whether a request path (the part after /http) is served by `address`. */
export function addressMatches(address: string, path: string): boolean {
  const prefix = wildcardPrefix(address);
  const p = path.toLowerCase();
  if (prefix === null) return address.toLowerCase() === p;
  return p.startsWith(prefix) && p.length > prefix.length;
}

/** Whether two addresses could serve the same request (then only one may be deployed). */
export function addressesConflict(a: string, b: string): boolean {
  const pa = wildcardPrefix(a);
  const pb = wildcardPrefix(b);
  if (pa === null && pb === null) return a.toLowerCase() === b.toLowerCase();
  if (pa !== null && pb !== null) return pa.startsWith(pb) || pb.startsWith(pa);
  return pa !== null ? addressMatches(a, b) : addressMatches(b, a);
}

/** How specific a match is: exact addresses win over wildcards, longer prefixes over shorter. */
export function matchRank(address: string): number {
  return address.endsWith('/*') ? address.length : Number.MAX_SAFE_INTEGER;
}
