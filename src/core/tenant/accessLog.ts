import type { TenantContext } from './context';
import { randomString } from './crypto';
import { bodyText } from '../expression/bodyText';
import type { RejectedCall, TenantResponse } from './types';

const COLLECTION = 'accessLog';
export const DEFAULT_ACCESS_LOG_CAP = 500;

/** Who a request claims or proves to be, noted by the handlers as they learn it. */
export interface CallerNote {
  /** User name (oauth_client_<id> for OAuth clients) or client id at the token endpoint. */
  caller?: string;
  /** True when the tenant verified the identity (a valid secret, token or password). */
  verified?: boolean;
  flowId?: string;
  flowName?: string;
}

/** One line saying why: the text body without its status prefix, or OAuth's / OData's error fields. */
export function rejectionReason(res: TenantResponse): string {
  const body = bodyText(res.body).trim();
  if (body.startsWith('{'))
    try {
      const json = JSON.parse(body) as {
        error?: { message?: { value?: unknown } } | string;
        error_description?: unknown;
      };
      // An OData error (the message processing log API).
      if (typeof json.error === 'object' && typeof json.error.message?.value === 'string')
        return json.error.message.value.slice(0, 500);
      if (typeof json.error === 'string')
        return typeof json.error_description === 'string'
          ? `${json.error}: ${json.error_description}`
          : json.error;
    } catch {
      // Not JSON after all: fall through to the text.
    }
  const first = body.split('\n')[0] ?? '';
  const text = first.replace(/^\d{3}\s[^:]*:\s*/, '');
  return (text || `HTTP ${res.status}`).slice(0, 500);
}

/**
 * Calls the tenant refused before any flow ran (401, 403, 404, 405, 413, 503 …): CPI writes no
 * message processing log for them, but a user debugging a 403 must find it somewhere. Newest
 * kept, oldest pruned beyond `cap`.
 */
export function createAccessLog(ctx: TenantContext, cap: number) {
  let seq = 0;
  return {
    async add(
      req: { method: string; path: string },
      res: TenantResponse,
      note: CallerNote,
    ): Promise<RejectedCall> {
      const entry: RejectedCall = {
        id: `RC${randomString(ctx.random, 16)}`,
        at: ctx.now(),
        seq: ++seq,
        method: req.method.toUpperCase(),
        path: req.path,
        status: res.status,
        reason: rejectionReason(res),
        ...(note.caller ? { caller: note.caller, callerVerified: note.verified === true } : {}),
        ...(note.flowId ? { flowId: note.flowId, flowName: note.flowName ?? note.flowId } : {}),
      };
      await ctx.storage.put(COLLECTION, entry.id, entry);
      const all = await this.list();
      for (const old of all.slice(cap)) await ctx.storage.delete(COLLECTION, old.id);
      return entry;
    },

    /** Newest first. */
    async list(limit?: number): Promise<RejectedCall[]> {
      const all = (await ctx.storage.list<RejectedCall>(COLLECTION)).sort(
        (a, b) => b.at - a.at || b.seq - a.seq,
      );
      return limit === undefined ? all : all.slice(0, limit);
    },

    async clear(): Promise<void> {
      for (const e of await ctx.storage.list<RejectedCall>(COLLECTION))
        await ctx.storage.delete(COLLECTION, e.id);
    },
  };
}

export type AccessLog = ReturnType<typeof createAccessLog>;
