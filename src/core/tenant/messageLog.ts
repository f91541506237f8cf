import type { TenantContext } from './context';
import { randomString } from './crypto';
import type { MessageLogEntry, MessageLogQuery } from './types';

const COLLECTION = 'messageLog';
export const DEFAULT_LOG_CAP = 1000;

type Ordered = { start: number; seq: number };
const byStart = (a: Ordered, b: Ordered) => a.start - b.start || a.seq - b.seq;

/**
 * Message processing log: one entry per flow run, newest kept, oldest pruned beyond `cap`.
 * The order of ids is mirrored in memory so pruning does not list the store on every request.
 */
export function createMessageLog(ctx: TenantContext, cap: number) {
  let order: Promise<{ id: string; start: number; seq: number }[]> | null = null;
  let seq = 0;
  const loaded = () =>
    (order ??= ctx.storage.list<MessageLogEntry>(COLLECTION).then((all) => {
      all.sort(byStart);
      seq = all.reduce((max, e) => Math.max(max, e.seq), 0);
      return all.map(({ id, start, seq: s }) => ({ id, start, seq: s }));
    }));

  return {
    /** A new entry id, CPI-style ("AG" + random); given out before the run so errors can name it. */
    newId: (): string => `AG${randomString(ctx.random, 21)}`,

    /** Camel's exchange id form ("ID-<tenant>-<random>-<ms>-0-1") for the run of entry `start`. */
    newExchangeId: (start: number): string =>
      `ID-${ctx.tenantName}-${randomString(ctx.random, 6)}-${start}-0-1`,

    async add(entry: Omit<MessageLogEntry, 'seq'>): Promise<MessageLogEntry> {
      const ids = await loaded();
      const full: MessageLogEntry = { ...entry, seq: ++seq };
      await ctx.storage.put(COLLECTION, full.id, full);
      ids.push({ id: full.id, start: full.start, seq: full.seq });
      // Entries arrive nearly in start order; a late one is moved back to its place.
      for (let i = ids.length - 1; i > 0 && byStart(ids[i]!, ids[i - 1]!) < 0; i--)
        [ids[i - 1], ids[i]] = [ids[i]!, ids[i - 1]!];
      while (ids.length > cap) await ctx.storage.delete(COLLECTION, ids.shift()!.id);
      return full;
    },

    async get(id: string): Promise<MessageLogEntry | undefined> {
      return ctx.storage.get<MessageLogEntry>(COLLECTION, id);
    },

    /** Matching entries, newest first. */
    async query(q: MessageLogQuery = {}): Promise<MessageLogEntry[]> {
      const all = (await ctx.storage.list<MessageLogEntry>(COLLECTION))
        .filter(
          (e) =>
            (q.flowId === undefined || e.flowId === q.flowId) &&
            (q.status === undefined || e.status === q.status) &&
            (q.from === undefined || e.start >= q.from) &&
            (q.to === undefined || e.start <= q.to),
        )
        .sort((a, b) => byStart(b, a));
      return q.limit === undefined ? all : all.slice(0, q.limit);
    },

    /** Re-reads the order from storage next time (another context wrote entries). */
    invalidate(): void {
      order = null;
    },

    async clear(): Promise<void> {
      for (const { id } of await loaded()) await ctx.storage.delete(COLLECTION, id);
      (await loaded()).length = 0;
    },
  };
}

export type MessageLog = ReturnType<typeof createMessageLog>;
