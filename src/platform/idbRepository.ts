import type { Flow } from '../core/model/flow';
import type {
  FlowHistory,
  PutFlowOptions,
  PutFlowResult,
  WorkspaceRepository,
} from '../core/workspace';
import { isKnownRevision, summaryOf } from '../core/workspace';
import { openWorkspaceDb, DB_NAME, type FlowRecord, type WorkspaceDb } from './workspaceDb';
import { loadErrorText, loadFlow } from '../core/io';

/**
 * WorkspaceRepository over IndexedDB. The database opens on first use. Flow writes are
 * compare-and-set inside one readwrite transaction, which IndexedDB serialises across tabs,
 * so a stale tab cannot overwrite a newer revision.
 */
export function createIdbRepository(
  name: string = DB_NAME,
  now: () => string = () => new Date().toISOString(),
): WorkspaceRepository & { close(): Promise<void> } {
  let db: Promise<WorkspaceDb> | null = null;
  /** The open database once `db` has resolved: urgent writes must not wait for a promise. */
  let opened: WorkspaceDb | null = null;
  const open = () =>
    (db ??= openWorkspaceDb(name).then((d) => {
      opened = d;
      return d;
    }));

  /**
   * A flow write that starts before it returns (the page may be unloading: no task after this
   * one may run). The stored record is read and the new one written in one transaction that is
   * committed at once; the revision check runs after, and a failed check puts the record back.
   */
  async function putFlowUrgently(
    d: WorkspaceDb,
    packageId: string,
    flow: Flow,
    history: FlowHistory,
    options: PutFlowOptions,
  ): Promise<PutFlowResult> {
    const tx = d.transaction(['flows', 'flowSummaries'], 'readwrite');
    const flows = tx.objectStore('flows');
    const reading = flows.get(flow.id);
    const revision = (options.expectedRevision ?? 0) + (options.pendingWrites ?? 0) + 1;
    const writes = Promise.all([
      flows.put({ id: flow.id, packageId, revision, flow, history }),
      tx.objectStore('flowSummaries').put(summaryOf(packageId, flow, now())),
    ]);
    tx.commit();
    const [current] = await Promise.all([reading, writes, tx.done]);
    if (current && isKnownRevision(current.revision, options)) return { ok: true, revision };
    await restore(d, flow.id, current);
    return current
      ? { ok: false, reason: 'conflict', revision: current.revision }
      : { ok: false, reason: 'deleted' };
  }

  /** Puts back a flow record an urgent write replaced (or deletes it when there was none). */
  async function restore(d: WorkspaceDb, flowId: string, record: FlowRecord | undefined) {
    const tx = d.transaction(['flows', 'flowSummaries'], 'readwrite');
    await Promise.all([
      record ? tx.objectStore('flows').put(record) : tx.objectStore('flows').delete(flowId),
      record
        ? tx.objectStore('flowSummaries').put(summaryOf(record.packageId, record.flow, now()))
        : tx.objectStore('flowSummaries').delete(flowId),
      tx.done,
    ]);
  }

  /** A compare-and-set flow write: read and write in one readwrite transaction. */
  async function putFlowChecked(
    packageId: string,
    flow: Flow,
    history: FlowHistory,
    options: PutFlowOptions,
  ): Promise<PutFlowResult> {
    const tx = (await open()).transaction(['flows', 'flowSummaries'], 'readwrite');
    const flows = tx.objectStore('flows');
    const current = await flows.get(flow.id);
    if (options.expectedRevision !== undefined) {
      const refusal: PutFlowResult | null = !current
        ? { ok: false, reason: 'deleted' }
        : !isKnownRevision(current.revision, options)
          ? { ok: false, reason: 'conflict', revision: current.revision }
          : null;
      if (refusal) {
        await tx.done;
        return refusal;
      }
    }
    const revision = (current?.revision ?? 0) + 1;
    await Promise.all([
      flows.put({ id: flow.id, packageId, revision, flow, history }),
      tx.objectStore('flowSummaries').put(summaryOf(packageId, flow, now())),
      tx.done,
    ]);
    return { ok: true, revision };
  }

  return {
    async listPackages() {
      return (await open()).getAll('packages');
    },
    async getPackage(id) {
      return (await open()).get('packages', id);
    },
    async putPackage(pkg) {
      await (await open()).put('packages', pkg);
    },
    async deletePackage(id) {
      const tx = (await open()).transaction(['packages', 'flows', 'flowSummaries'], 'readwrite');
      const flowIds = await tx.objectStore('flowSummaries').index('byPackage').getAllKeys(id);
      await Promise.all([
        tx.objectStore('packages').delete(id),
        ...flowIds.flatMap((f) => [
          tx.objectStore('flows').delete(f),
          tx.objectStore('flowSummaries').delete(f),
        ]),
        tx.done,
      ]);
    },
    async listFlows(packageId) {
      const d = await open();
      return packageId === undefined
        ? d.getAll('flowSummaries')
        : d.getAllFromIndex('flowSummaries', 'byPackage', packageId);
    },
    async getFlow(flowId) {
      const record = await (await open()).get('flows', flowId);
      if (!record) return undefined;
      const { history, packageId, revision } = record;
      // Stored data goes through the same door as a file: migrated, validated, repaired.
      const loaded = loadFlow(record.flow);
      if (!loaded.ok)
        throw new Error(`The stored flow "${flowId}" cannot be loaded: ${loadErrorText(loaded)}`);
      return { flow: loaded.flow, history, packageId, revision };
    },
    putFlow(packageId, flow, history, options = {}): Promise<PutFlowResult> {
      if (options.urgent && opened && options.expectedRevision !== undefined)
        return putFlowUrgently(opened, packageId, flow, history, options);
      return putFlowChecked(packageId, flow, history, options);
    },
    async deleteFlow(flowId) {
      const tx = (await open()).transaction(['flows', 'flowSummaries'], 'readwrite');
      await Promise.all([
        tx.objectStore('flows').delete(flowId),
        tx.objectStore('flowSummaries').delete(flowId),
        tx.done,
      ]);
    },
    async close() {
      if (db) (await db).close();
      db = null;
    },
  };
}
