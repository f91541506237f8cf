import type { IDBPObjectStore } from 'idb';
import type { TenantStorage } from '../../core/tenant';
import { META_STORE, TENANT_DB_NAME, openTenantDb, type TenantDb } from './tenantDb';

/** Shared runtime state every context (tab, Service Worker) reads before serving a request. */
export interface TenantMeta {
  /** Bumped on every change of deployments, so other contexts drop their cached routes. */
  stamp: number;
  /** Simulated clock: offset added to real time (0 = real time). */
  clockOffsetMs: number;
}

export const DEFAULT_META: TenantMeta = { stamp: 0, clockOffsetMs: 0 };
const META_KEY = 'state';
/** Writes to these collections change what other contexts cache (see tenant.invalidateCaches). */
const CACHED = new Set(['deployments']);

type Store = IDBPObjectStore<unknown, string[], string, 'readwrite'>;

export interface IdbTenantStorage extends TenantStorage {
  readMeta(): Promise<TenantMeta>;
  /** Merges `patch` into the meta record in one transaction. */
  writeMeta(patch: Partial<TenantMeta>): Promise<TenantMeta>;
  db(): Promise<TenantDb>;
  close(): Promise<void>;
}

/**
 * TenantStorage over IndexedDB (the core's collection names are object store names). A write to
 * a cached collection bumps the meta stamp in the same transaction, so a context that checks
 * the stamp before a request never serves a route another context has already undeployed.
 */
export function createIdbTenantStorage(name: string = TENANT_DB_NAME): IdbTenantStorage {
  let opened: Promise<TenantDb> | null = null;
  const db = () =>
    (opened ??= openTenantDb(name, () => {
      opened = null;
    }));

  async function write(collection: string, op: (s: Store) => Promise<unknown>): Promise<void> {
    const cached = CACHED.has(collection);
    const tx = (await db()).transaction(
      cached ? [collection, META_STORE] : [collection],
      'readwrite',
    );
    const jobs: Promise<unknown>[] = [op(tx.objectStore(collection)), tx.done];
    if (cached) {
      const meta = tx.objectStore(META_STORE);
      jobs.push(
        meta.get(META_KEY).then((m) => {
          const current = { ...DEFAULT_META, ...(m as TenantMeta | undefined) };
          return meta.put({ ...current, stamp: current.stamp + 1 }, META_KEY);
        }),
      );
    }
    await Promise.all(jobs);
  }

  return {
    async get<T>(collection: string, key: string) {
      return (await (await db()).get(collection, key)) as T | undefined;
    },
    async put<T>(collection: string, key: string, value: T) {
      await write(collection, (s) => s.put(value, key));
    },
    async delete(collection: string, key: string) {
      await write(collection, (s) => s.delete(key));
    },
    async list<T>(collection: string) {
      return (await (await db()).getAll(collection)) as T[];
    },
    async readMeta() {
      const m = (await (await db()).get(META_STORE, META_KEY)) as TenantMeta | undefined;
      return { ...DEFAULT_META, ...m };
    },
    async writeMeta(patch) {
      const tx = (await db()).transaction(META_STORE, 'readwrite');
      const m = (await tx.store.get(META_KEY)) as TenantMeta | undefined;
      const next = { ...DEFAULT_META, ...m, ...patch };
      await Promise.all([tx.store.put(next, META_KEY), tx.done]);
      return next;
    },
    db,
    async close() {
      if (opened) (await opened).close();
      opened = null;
    },
  };
}
