import type { TenantStorage } from '../tenant/storage';
import type { DataStoreEntry, FlowStores, PutResult, StoreScope, VariableRecord } from './types';

/** The storage collections the stores use (the tenant's IndexedDB has one object store each). */
export const STORE_COLLECTIONS = ['dataStoreEntries', 'variables'] as const;

const ownerOf = (scope: StoreScope) => (scope.visibility === 'global' ? '' : scope.flowId);
// JSON keeps the parts apart whatever characters a name holds, and sorts by owner, then store.
const entryKey = (flowId: string, storeName: string, entryId: string) =>
  JSON.stringify([flowId, storeName, entryId]);
const variableKey = (flowId: string, name: string) => JSON.stringify([flowId, name]);

/**
 * CPI's data stores and variables over a storage (the tenant's, or a memory one for the
 * simulator). Expired entries and variables count as absent and are removed when met.
 */
export function createFlowStores(
  storage: TenantStorage,
  now: () => number,
  kind: FlowStores['kind'],
): FlowStores {
  const E = 'dataStoreEntries';
  const V = 'variables';

  async function live(key: string): Promise<DataStoreEntry | undefined> {
    const entry = await storage.get<DataStoreEntry>(E, key);
    if (entry && entry.expiresAt <= now()) {
      await storage.delete(E, key);
      return undefined;
    }
    return entry;
  }

  async function listEntries(): Promise<DataStoreEntry[]> {
    const all = await storage.list<DataStoreEntry>(E);
    const t = now();
    const expired = all.filter((e) => e.expiresAt <= t);
    for (const e of expired) await storage.delete(E, entryKey(e.flowId, e.storeName, e.entryId));
    return all.filter((e) => e.expiresAt > t);
  }

  async function liveVariable(key: string): Promise<VariableRecord | undefined> {
    const v = await storage.get<VariableRecord>(V, key);
    if (v && v.expiresAt !== undefined && v.expiresAt <= now()) {
      await storage.delete(V, key);
      return undefined;
    }
    return v;
  }

  return {
    kind,
    label:
      kind === 'tenant'
        ? "tenant's store"
        : kind === 'simulation'
          ? "simulation's own store"
          : "this run's own store",
    now,
    async put(entry, overwrite): Promise<PutResult> {
      const key = entryKey(entry.flowId, entry.storeName, entry.entryId);
      const there = await live(key);
      if (there && !overwrite) return 'exists';
      await storage.put(E, key, entry);
      return there ? 'overwritten' : 'written';
    },
    get: (scope, storeName, entryId) => live(entryKey(ownerOf(scope), storeName, entryId)),
    async select(scope, storeName, max) {
      const owner = ownerOf(scope);
      return (await listEntries())
        .filter((e) => e.flowId === owner && e.storeName === storeName)
        .sort((a, b) => a.createdAt - b.createdAt)
        .slice(0, Math.max(0, max));
    },
    async remove(scope, storeName, entryId) {
      return this.removeEntry(ownerOf(scope), storeName, entryId);
    },
    listEntries,
    async removeEntry(flowId, storeName, entryId) {
      const key = entryKey(flowId, storeName, entryId);
      const there = await live(key);
      if (!there) return false;
      await storage.delete(E, key);
      return true;
    },
    async setVariable(variable) {
      await storage.put(V, variableKey(variable.flowId, variable.name), variable);
    },
    getVariable: (scope, name) => liveVariable(variableKey(ownerOf(scope), name)),
    async listVariables() {
      const all = await storage.list<VariableRecord>(V);
      const t = now();
      return all.filter((v) => v.expiresAt === undefined || v.expiresAt > t);
    },
    async removeVariable(flowId, name) {
      const key = variableKey(flowId, name);
      const there = await storage.get<VariableRecord>(V, key);
      if (!there) return false;
      await storage.delete(V, key);
      return true;
    },
  };
}
