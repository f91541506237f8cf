import type { FlowSummary, Package } from './package';
import {
  isKnownRevision,
  summaryOf,
  type PutFlowResult,
  type StoredFlow,
  type WorkspaceRepository,
} from './repository';

/**
 * In-memory WorkspaceRepository for tests and the command line. Values are cloned on the way
 * in and out so callers cannot mutate what is "stored", as with IndexedDB.
 */
export function createMemoryRepository(now: () => string = () => new Date().toISOString()) {
  const packages = new Map<string, Package>();
  const flows = new Map<string, StoredFlow & { summary: FlowSummary }>();

  const repo: WorkspaceRepository = {
    async listPackages() {
      return [...packages.values()].map((p) => structuredClone(p));
    },
    async getPackage(id) {
      const p = packages.get(id);
      return p && structuredClone(p);
    },
    async putPackage(pkg) {
      packages.set(pkg.id, structuredClone(pkg));
    },
    async deletePackage(id) {
      packages.delete(id);
      for (const [flowId, f] of flows) if (f.packageId === id) flows.delete(flowId);
    },
    async listFlows(packageId) {
      return [...flows.values()]
        .filter((f) => packageId === undefined || f.packageId === packageId)
        .map((f) => ({ ...f.summary }));
    },
    async getFlow(flowId) {
      const f = flows.get(flowId);
      if (!f) return undefined;
      const { summary: _summary, ...stored } = f;
      return structuredClone(stored);
    },
    async putFlow(packageId, flow, history, options = {}): Promise<PutFlowResult> {
      const current = flows.get(flow.id);
      if (options.expectedRevision !== undefined) {
        if (!current) return { ok: false, reason: 'deleted' };
        if (!isKnownRevision(current.revision, options))
          return { ok: false, reason: 'conflict', revision: current.revision };
      }
      const revision = (current?.revision ?? 0) + 1;
      flows.set(flow.id, {
        flow: structuredClone(flow),
        history: structuredClone(history),
        packageId,
        revision,
        summary: summaryOf(packageId, flow, now()),
      });
      return { ok: true, revision };
    },
    async deleteFlow(flowId) {
      flows.delete(flowId);
    },
  };
  return repo;
}
