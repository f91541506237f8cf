import type { TenantContext } from './context';
import { randomString, sha256Hex } from './crypto';

const COLLECTION = 'tokens';
/** Expired tokens are kept a day longer so a caller still hears "expired", not "invalid". */
const KEEP_EXPIRED_MS = 24 * 3600 * 1000;

/** An issued access token as stored: keyed by the token's SHA-256, never the token itself. */
export interface TokenRecord {
  /** SHA-256 hex of the token (the storage key). */
  digest: string;
  clientId: string;
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck =
  | { state: 'valid'; clientId: string; expiresAt: number }
  | { state: 'expired'; clientId: string; expiresAt: number }
  | { state: 'invalid' };

/** Opaque bearer tokens with an expiry on the simulated clock. */
export function createTokens(ctx: TenantContext) {
  /** Drops every token of a client (or of none: null) and tokens expired over a day ago. */
  async function revoke(clientId: string | null): Promise<void> {
    const now = ctx.now();
    for (const r of await ctx.storage.list<TokenRecord>(COLLECTION))
      if (r.clientId === clientId || r.expiresAt + KEEP_EXPIRED_MS <= now)
        await ctx.storage.delete(COLLECTION, r.digest);
  }

  /**
   * Digests of the tokens seen lately: every call of a flow checks its bearer token, and hashing
   * it each time was the biggest cost of a served request. A digest depends on the token alone,
   * so the memo never changes an answer (revocation and expiry are read from storage).
   */
  const digests = new Map<string, string>();
  async function digestOf(token: string): Promise<string> {
    const known = digests.get(token);
    if (known !== undefined) return known;
    const digest = await sha256Hex(token);
    if (digests.size >= 256) digests.delete(digests.keys().next().value!);
    digests.set(token, digest);
    return digest;
  }

  return {
    revoke,

    async issue(
      clientId: string,
      validitySec: number,
    ): Promise<{ token: string; expiresIn: number }> {
      // Expired tokens would otherwise pile up; issuing is rare next to using, so sweep here.
      await revoke(null);
      const token = randomString(ctx.random, 32);
      const issuedAt = ctx.now();
      const digest = await sha256Hex(token);
      const record: TokenRecord = {
        digest,
        clientId,
        issuedAt,
        expiresAt: issuedAt + validitySec * 1000,
      };
      await ctx.storage.put(COLLECTION, digest, record);
      return { token, expiresIn: validitySec };
    },

    async check(token: string): Promise<TokenCheck> {
      const record = await ctx.storage.get<TokenRecord>(COLLECTION, await digestOf(token));
      if (!record) return { state: 'invalid' };
      const state = ctx.now() < record.expiresAt ? 'valid' : 'expired';
      return { state, clientId: record.clientId, expiresAt: record.expiresAt };
    },
  };
}

export type Tokens = ReturnType<typeof createTokens>;
