/**
 * Credentials never reach storage in clear: whatever the flow's log level and Allowed Headers,
 * the tenant passes every trace and log entry it stores through these functions.
 */

export const REDACTED = '[redacted]';

const EXACT = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'x-xsrf-token',
  'x-client-certificate-subject',
]);
const PATTERN = /authorization|token|secret|passw|api-?key|apikey|credential|session|cookie/i;

/** Whether a header (or header-like map key) carries credentials. */
export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return EXACT.has(lower) || PATTERN.test(lower);
}

/** "Bearer abc" → "Bearer [redacted]"; any other value → "[redacted]". */
export function redactHeaderValue(value: string): string {
  const scheme = /^(Bearer|Basic|Digest|Negotiate|NTLM)\s+\S/i.exec(value.trim());
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

/** A copy of a header map with credential values replaced. */
export function redactHeaders<T>(headers: Record<string, T>): Record<string, T | string> {
  const out: Record<string, T | string> = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = isCredentialHeader(k) && v !== null && v !== undefined ? redactValue(v) : v;
  return out;
}

function redactValue(v: unknown): string {
  return typeof v === 'string' ? redactHeaderValue(v) : REDACTED;
}

/** Shorter strings are not scrubbed: they would match ordinary text. */
const MIN_SECRET = 6;

/**
 * The secret strings a request carries in its credential headers: the whole value, the part
 * after the scheme (a bearer token, Basic's base64) and Basic's decoded password and user:password.
 * Any of them found in stored text (a script may copy a header into the body) is scrubbed.
 */
export function requestSecrets(headers: Record<string, string>): string[] {
  const found = new Set<string>();
  for (const [name, raw] of Object.entries(headers)) {
    if (!isCredentialHeader(name) || typeof raw !== 'string') continue;
    const value = raw.trim();
    found.add(value);
    const m = /^(\S+)\s+(\S+)$/.exec(value);
    if (m?.[2]) {
      found.add(m[2]);
      if (m[1]!.toLowerCase() === 'basic') {
        const decoded = decodeBase64(m[2]);
        if (decoded) {
          found.add(decoded);
          const colon = decoded.indexOf(':');
          if (colon >= 0) found.add(decoded.slice(colon + 1));
        }
      }
    }
  }
  return [...found]
    .filter((s) => s.length >= MIN_SECRET && s.toLowerCase() !== 'fetch')
    .sort((a, b) => b.length - a.length);
}

function decodeBase64(text: string): string | null {
  try {
    const binary = atob(text);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * A deep copy of `value` (a trace, a log entry) with every map under a `headers` key redacted
 * by header name and every string scrubbed of `secrets`. Cycles are cut, never followed.
 * Bytes (a binary body) are copied as bytes: never turned into an object of numbered keys.
 */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, underHeaders: boolean): unknown => {
    if (typeof v === 'string') return secrets.length > 0 ? scrub(v, secrets) : v;
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Uint8Array) return v.slice();
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
    if (seen.has(v)) return undefined;
    seen.add(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, false));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (underHeaders && isCredentialHeader(k) && x !== null && x !== undefined)
        out[k] = redactValue(x);
      else out[k] = walk(x, k === 'headers');
    }
    seen.delete(v);
    return out;
  };
  return walk(value, false) as T;
}
