import type { TenantResponse } from './types';

/** Case-insensitive header lookup (HTTP header names are case-insensitive). */
export function header(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export const TEXT = 'text/plain;charset=UTF-8';
export const JSON_TYPE = 'application/json;charset=UTF-8';

export function textResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): TenantResponse {
  return { status, headers: { 'Content-Type': TEXT, ...headers }, body };
}

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): TenantResponse {
  return {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers },
    body: JSON.stringify(value),
  };
}

/** Splits "user:password" out of a Basic Authorization value; null when malformed. */
export function parseBasic(value: string): { user: string; password: string } | null {
  const m = /^Basic\s+(\S+)\s*$/i.exec(value);
  if (!m?.[1]) return null;
  let decoded: string;
  try {
    const binary = atob(m[1]);
    decoded = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function parseBearer(value: string): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return m?.[1] ?? null;
}

/** A path and query that URL parsing would leave as they are: no dot segments, escapes or "//". */
const PLAIN_URL = /^(\/(?!\/)[\w\-~!$&()*+,;=:@/.]*)(?:\?([\w\-~!$&()*+,;=:@/.?%]*))?$/;

/** Path (percent-decoded where possible) and raw query of a relative or absolute URL. */
export function splitUrl(url: string): { path: string; query: string } {
  // The common request ("/http/v1/test/hello") skips building a URL object (per request).
  const plain = PLAIN_URL.exec(url);
  if (plain && !plain[1]!.includes('/.')) return { path: plain[1]!, query: plain[2] ?? '' };
  const parsed = new URL(url, 'https://tenant.invalid');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path: a malformed escape simply will not match any address.
  }
  return { path, query: parsed.search.replace(/^\?/, '') };
}

/** UTF-8 byte length of a text, counted without encoding it (body size limits, per request). */
export function utf8Length(text: string): number {
  let n = text.length;
  // Count UTF-8 bytes without encoding: 1 byte below U+0080, 2 below U+0800, 3 for the rest of
  // the BMP and for a lone surrogate (encoded as U+FFFD), 4 for a surrogate pair.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2; // the pair's two units become four bytes
        i++;
      } else n += 2;
    } else n += 2;
  }
  return n;
}
