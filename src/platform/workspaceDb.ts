import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Flow } from '../core/model/flow';
import type { FlowHistory, FlowSummary, Package } from '../core/workspace';

export const DB_NAME = 'integration-flow-studio';
export const DB_VERSION = 1;

/** A stored flow; its summary lives in its own store so package pages never load histories. */
export interface FlowRecord {
  id: string;
  packageId: string;
  revision: number;
  flow: Flow;
  history: FlowHistory;
}

export interface WorkspaceDbSchema extends DBSchema {
  packages: { key: string; value: Package };
  flows: { key: string; value: FlowRecord };
  flowSummaries: { key: string; value: FlowSummary; indexes: { byPackage: string } };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceDbSchema>;

/**
 * Opens (and creates or upgrades) the app's database. Upgrades are per version so other parts
 * of the app can add object stores later by bumping DB_VERSION and adding a branch here.
 */
export function openWorkspaceDb(name: string = DB_NAME): Promise<WorkspaceDb> {
  return openDB<WorkspaceDbSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('packages', { keyPath: 'id' });
        db.createObjectStore('flows', { keyPath: 'id' });
        db.createObjectStore('flowSummaries', { keyPath: 'id' }).createIndex(
          'byPackage',
          'packageId',
        );
      }
    },
  });
}
