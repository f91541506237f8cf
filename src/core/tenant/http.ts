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

/** Path (percent-decoded where possible) and raw query of a relative or absolute URL. */
export function splitUrl(url: string): { path: string; query: string } {
  const parsed = new URL(url, 'https://tenant.invalid');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path: a malformed escape simply will not match any address.
  }
  return { path, query: parsed.search.replace(/^\?/, '') };
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
