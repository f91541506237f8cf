/**
 * Where the tenant keeps its state: IndexedDB in the app (one object store per collection),
 * memory in tests and benchmarks. Values are plain JSON-like data; keys are strings.
 */
export interface TenantStorage {
  get<T>(collection: string, key: string): Promise<T | undefined>;
  put<T>(collection: string, key: string, value: T): Promise<void>;
  delete(collection: string, key: string): Promise<void>;
  /** Every value of a collection, in ascending key order (as IndexedDB's getAll returns them). */
  list<T>(collection: string): Promise<T[]>;
}

/** Collection names the tenant uses (the IndexedDB adapter creates one object store each). */
export const TENANT_COLLECTIONS = [
  'deployments',
  'oauthClients',
  'users',
  'certificates',
  'roleAssignments',
  'tokens',
  'csrfTokens',
  'messageLog',
  'accessLog',
] as const;

export type TenantCollection = (typeof TENANT_COLLECTIONS)[number];

/**
 * In-memory storage. Values are cloned on the way in and out, like IndexedDB's structured
 * clone, so a caller mutating a returned object never changes the stored state.
 */
export function createMemoryStorage(): TenantStorage {
  const collections = new Map<string, Map<string, unknown>>();
  const of = (name: string): Map<string, unknown> => {
    let c = collections.get(name);
    if (!c) {
      c = new Map();
      collections.set(name, c);
    }
    return c;
  };
  return {
    async get<T>(collection: string, key: string) {
      const value = of(collection).get(key);
      return value === undefined ? undefined : (structuredClone(value) as T);
    },
    async put<T>(collection: string, key: string, value: T) {
      of(collection).set(key, structuredClone(value));
    },
    async delete(collection: string, key: string) {
      of(collection).delete(key);
    },
    async list<T>(collection: string) {
      const entries = [...of(collection).entries()].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return entries.map(([, v]) => structuredClone(v) as T);
    },
  };
}
