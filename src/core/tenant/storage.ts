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
  // Data stores and variables (src/core/stores): STORE_COLLECTIONS.
  'dataStoreEntries',
  'variables',
] as const;

export type TenantCollection = (typeof TENANT_COLLECTIONS)[number];

/** Freezes a value and everything in it (plain data; typed arrays cannot be frozen). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * In-memory storage (`ifs serve`, tests, benchmarks). `put` takes the value over: it is
 * deep-frozen and kept as it is, not copied, and reads hand it out as it is. Every served request
 * writes a message log entry and reads its token, roles and CSRF token, so no copy either way;
 * as with IndexedDB's structured clone, nobody can change the stored state afterwards (a write
 * into a stored or returned object throws a TypeError instead).
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
      return of(collection).get(key) as T | undefined;
    },
    async put<T>(collection: string, key: string, value: T) {
      of(collection).set(key, deepFreeze(value));
    },
    async delete(collection: string, key: string) {
      of(collection).delete(key);
    },
    async list<T>(collection: string) {
      const entries = [...of(collection).entries()].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return entries.map(([, v]) => v as T);
    },
  };
}
