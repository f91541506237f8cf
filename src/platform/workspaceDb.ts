import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Flow } from '../core/model/flow';
import type { FlowHistory, FlowSummary, Package } from '../core/workspace';
import { isPackedHistory } from '../core/history/packHistory';
import {
  FLOW_LAYOUT,
  indexHistory,
  wholeFlowParts,
  type FlowHead,
  type FlowPart,
} from './flowRecords';

export const DB_NAME = 'integration-flow-studio';
/** 1: one whole record per flow (flow + history); 2: a head record plus part records. */
export const DB_VERSION = 2;

/** A stored flow of database version 1: the whole flow and its history in one record. */
export interface LegacyFlowRecord {
  id: string;
  packageId: string;
  revision: number;
  flow: Flow;
  history: FlowHistory;
}

export interface WorkspaceDbSchema extends DBSchema {
  packages: { key: string; value: Package };
  /** Head records: revision, package, undo history index (see flowRecords.ts). */
  flows: { key: string; value: FlowHead };
  /** The flows' pieces and undo steps, keyed [flowId, part key]. */
  flowParts: { key: [string, string]; value: FlowPart };
  flowSummaries: { key: string; value: FlowSummary; indexes: { byPackage: string } };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceDbSchema>;

/** Every part key of one flow. */
export const partsOf = (flowId: string) => IDBKeyRange.bound([flowId], [flowId, []]);

/** The head and part records of a whole flow and its history (a first or a full write). */
export function wholeFlowRecords(
  head: Omit<FlowHead, 'history' | 'nextEntry'>,
  flow: unknown,
  history: FlowHistory,
): { head: FlowHead; parts: FlowPart[] } {
  const { index } = indexHistory(history, null);
  return {
    head: { ...head, history: index.history, nextEntry: index.nextEntry, layout: FLOW_LAYOUT },
    parts: wholeFlowParts(head.id, flow, index.entries),
  };
}

type UpgradeTx = IDBPTransaction<
  WorkspaceDbSchema,
  ('packages' | 'flows' | 'flowParts' | 'flowSummaries')[],
  'versionchange'
>;

/** Version 1 → 2: each whole flow record becomes a head record and its parts. */
async function splitLegacyFlows(tx: UpgradeTx): Promise<void> {
  const parts = tx.objectStore('flowParts');
  let cursor = await tx.objectStore('flows').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as Partial<LegacyFlowRecord>;
    if ('flow' in old && old.id !== undefined) {
      const history = isPackedHistory(old.history)
        ? old.history
        : (old.history ?? { past: [], future: [] });
      const { head, parts: records } = wholeFlowRecords(
        { id: old.id, packageId: old.packageId ?? '', revision: old.revision ?? 1, writeId: 'v1' },
        old.flow,
        history,
      );
      for (const p of records) void parts.put(p);
      void cursor.update(head);
    }
    cursor = await cursor.continue();
  }
}

/**
 * Opens (and creates or upgrades) the app's database. Upgrades are per version so other parts
 * of the app can add object stores later by bumping DB_VERSION and adding a branch here.
 */
export function openWorkspaceDb(
  name: string = DB_NAME,
  events: { blocking?: (event: IDBVersionChangeEvent) => void } = {},
): Promise<WorkspaceDb> {
  return openDB<WorkspaceDbSchema>(name, DB_VERSION, {
    blocking: (_current, _wanted, event) => events.blocking?.(event),
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('packages', { keyPath: 'id' });
        db.createObjectStore('flows', { keyPath: 'id' });
        db.createObjectStore('flowSummaries', { keyPath: 'id' }).createIndex(
          'byPackage',
          'packageId',
        );
      }
      if (oldVersion < 2) {
        db.createObjectStore('flowParts', { keyPath: ['flowId', 'key'] });
        if (oldVersion >= 1) await splitLegacyFlows(tx);
      }
    },
  });
}
