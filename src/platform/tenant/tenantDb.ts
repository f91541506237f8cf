import { openDB, type IDBPDatabase } from 'idb';
import { TENANT_COLLECTIONS } from '../../core/tenant';

/** The tenant's own database, apart from the workspace's, so either can be reset alone. */
export const TENANT_DB_NAME = 'integration-flow-studio-tenant';
export const TENANT_DB_VERSION = 1;

/** Extra stores beside the tenant core's collections. */
export const META_STORE = 'meta';
export const CONSOLE_HISTORY_STORE = 'consoleHistory';

export type TenantDb = IDBPDatabase;

/** Opens (creating) the tenant database: one out-of-line-keyed store per collection. */
export function openTenantDb(name: string = TENANT_DB_NAME): Promise<TenantDb> {
  return openDB(name, TENANT_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        for (const c of TENANT_COLLECTIONS) db.createObjectStore(c);
        db.createObjectStore(META_STORE);
        db.createObjectStore(CONSOLE_HISTORY_STORE);
      }
    },
  });
}
