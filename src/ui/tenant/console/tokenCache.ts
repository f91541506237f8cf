/** An OAuth access token the console fetched, reused until shortly before it expires. */
export interface CachedToken {
  token: string;
  /** Simulated-clock ms when the tenant will reject it. */
  expiresAt: number;
  key: string;
}

/** Cache key: a token belongs to one token URL, client id and secret. */
export const tokenKey = (tokenUrl: string, clientId: string, secret: string): string =>
  JSON.stringify([tokenUrl.trim(), clientId, secret]);

/** The cached token when it matches the key and is still valid at `now` (5 s margin). */
export function usableToken(cached: CachedToken | null, key: string, now: number): string | null {
  if (!cached || cached.key !== key) return null;
  return now < cached.expiresAt - 5000 ? cached.token : null;
}

/** Reads the token endpoint's JSON answer; null when it is not a token. */
export function parseTokenResponse(body: string, now: number, key: string): CachedToken | null {
  try {
    const data = JSON.parse(body) as { access_token?: unknown; expires_in?: unknown };
    if (typeof data.access_token !== 'string') return null;
    const seconds = typeof data.expires_in === 'number' ? data.expires_in : 3600;
    return { token: data.access_token, expiresAt: now + seconds * 1000, key };
  } catch {
    return null;
  }
}
