import type { TenantContext } from './context';
import { constantTimeEqual, randomString } from './crypto';

const COLLECTION = 'csrfTokens';
/** CPI ties a CSRF token to the caller's session; here it lives 30 simulated minutes. */
const VALIDITY_MS = 30 * 60 * 1000;

interface CsrfRecord {
  identity: string;
  token: string;
  expiresAt: number;
}

/** CSRF tokens per caller identity, for CSRF-protected HTTPS endpoints. */
export function createCsrf(ctx: TenantContext) {
  return {
    /** The identity's current token, or a new one when it has none or it expired. */
    async fetch(identity: string): Promise<string> {
      const current = await ctx.storage.get<CsrfRecord>(COLLECTION, identity);
      if (current && ctx.now() < current.expiresAt) return current.token;
      const record = {
        identity,
        token: randomString(ctx.random, 24),
        expiresAt: ctx.now() + VALIDITY_MS,
      };
      await ctx.storage.put(COLLECTION, identity, record);
      return record.token;
    },

    async valid(identity: string, token: string | undefined): Promise<boolean> {
      if (!token) return false;
      const current = await ctx.storage.get<CsrfRecord>(COLLECTION, identity);
      return !!current && ctx.now() < current.expiresAt && constantTimeEqual(current.token, token);
    },
  };
}

export type Csrf = ReturnType<typeof createCsrf>;
