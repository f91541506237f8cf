import { openDB, type IDBPDatabase } from 'idb';
import { TENANT_COLLECTIONS } from '../../core/tenant';

/** The tenant's own database, apart from the workspace's, so either can be reset alone. */
export const TENANT_DB_NAME = 'integration-flow-studio-tenant';
export const TENANT_DB_VERSION = 3;

/** Extra stores beside the tenant core's collections. */
export const META_STORE = 'meta';
export const CONSOLE_HISTORY_STORE = 'consoleHistory';

export type TenantDb = IDBPDatabase;

/**
 * Opens (creating or upgrading) the tenant database: one out-of-line-keyed store per collection.
 * `onBlocking` runs when a newer version (a newer app in another tab or Service Worker) wants to
 * upgrade: the connection is closed so the upgrade is not blocked, and the caller reopens.
 */
export function openTenantDb(
  name: string = TENANT_DB_NAME,
  onBlocking?: () => void,
): Promise<TenantDb> {
  const opening: Promise<TenantDb> = openDB(name, TENANT_DB_VERSION, {
    upgrade(db) {
      // Stores missing from an older version are created; existing ones keep their data.
      for (const c of [...TENANT_COLLECTIONS, META_STORE, CONSOLE_HISTORY_STORE])
        if (!db.objectStoreNames.contains(c)) db.createObjectStore(c);
    },
    blocking() {
      void opening.then((db) => db.close());
      onBlocking?.();
    },
  });
  return opening;
}
