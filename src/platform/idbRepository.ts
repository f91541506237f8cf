import type { PutFlowResult, WorkspaceRepository } from '../core/workspace';
import { summaryOf } from '../core/workspace';
import { openWorkspaceDb, DB_NAME, type WorkspaceDb } from './workspaceDb';

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
  const open = () => (db ??= openWorkspaceDb(name));

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
      const { flow, history, packageId, revision } = record;
      return { flow, history, packageId, revision };
    },
    async putFlow(packageId, flow, history, options = {}): Promise<PutFlowResult> {
      const tx = (await open()).transaction(['flows', 'flowSummaries'], 'readwrite');
      const flows = tx.objectStore('flows');
      const current = await flows.get(flow.id);
      if (options.expectedRevision !== undefined) {
        const refusal: PutFlowResult | null = !current
          ? { ok: false, reason: 'deleted' }
          : current.revision !== options.expectedRevision
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
