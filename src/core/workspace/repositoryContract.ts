// Shared behaviour tests for every WorkspaceRepository (memory here, IndexedDB in src/platform).
import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Package } from './package';
import { emptyFlowHistory, type WorkspaceRepository } from './repository';

export const samplePackage = (id: string, technicalName = id): Package => ({
  id,
  name: `Package ${id}`,
  technicalName,
  shortDescription: '',
  description: '',
  version: '1.0.0',
  vendor: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  modifiedAt: '2026-01-01T00:00:00.000Z',
});

export function describeRepositoryContract(name: string, make: () => Promise<WorkspaceRepository>) {
  describe(`${name} repository`, () => {
    it('stores, lists and deletes packages', async () => {
      const repo = await make();
      await repo.putPackage(samplePackage('a'));
      await repo.putPackage(samplePackage('b'));
      expect((await repo.listPackages()).map((p) => p.id).sort()).toEqual(['a', 'b']);
      expect(await repo.getPackage('a')).toEqual(samplePackage('a'));
      await repo.deletePackage('a');
      expect(await repo.getPackage('a')).toBeUndefined();
    });

    it('stores flows with history and bumps the revision on every write', async () => {
      const repo = await make();
      const flow = newFlow({ id: 'F1', name: 'First' });
      const history = { past: [newFlow({ id: 'F1', name: 'Older' })], future: [] };
      expect(await repo.putFlow('a', flow, history)).toEqual({ ok: true, revision: 1 });
      expect(await repo.putFlow('a', flow, history)).toEqual({ ok: true, revision: 2 });
      expect(await repo.getFlow('F1')).toEqual({ flow, history, packageId: 'a', revision: 2 });
      const [summary] = await repo.listFlows('a');
      expect(summary).toMatchObject({ id: 'F1', packageId: 'a', name: 'First', description: '' });
    });

    it('compare-and-set refuses a stale revision and a deleted flow', async () => {
      const repo = await make();
      const flow = newFlow({ id: 'F1', name: 'First' });
      await repo.putFlow('a', flow, emptyFlowHistory());
      expect(await repo.putFlow('a', flow, emptyFlowHistory(), { expectedRevision: 1 })).toEqual({
        ok: true,
        revision: 2,
      });
      expect(await repo.putFlow('a', flow, emptyFlowHistory(), { expectedRevision: 1 })).toEqual({
        ok: false,
        reason: 'conflict',
        revision: 2,
      });
      await repo.deleteFlow('F1');
      expect(await repo.putFlow('a', flow, emptyFlowHistory(), { expectedRevision: 2 })).toEqual({
        ok: false,
        reason: 'deleted',
      });
      expect(await repo.getFlow('F1')).toBeUndefined();
    });

    it("counts the writer's own writes in flight as known revisions", async () => {
      const repo = await make();
      const flow = newFlow({ id: 'F1', name: 'First' });
      await repo.putFlow('a', flow, emptyFlowHistory());
      await repo.putFlow('a', flow, emptyFlowHistory(), { expectedRevision: 1 });
      // Revision 2 came from a write of this writer still in flight when this one started.
      const opts = { expectedRevision: 1, pendingWrites: 1 };
      expect(await repo.putFlow('a', flow, emptyFlowHistory(), opts)).toEqual({
        ok: true,
        revision: 3,
      });
      expect(await repo.putFlow('a', flow, emptyFlowHistory(), opts)).toEqual({
        ok: false,
        reason: 'conflict',
        revision: 3,
      });
    });

    it('an urgent write saves like any other, and a stale one leaves the stored flow as it was', async () => {
      const repo = await make();
      const flow = newFlow({ id: 'F1', name: 'First' });
      await repo.putFlow('a', flow, emptyFlowHistory());
      const renamed = { ...flow, name: 'Renamed' };
      expect(
        await repo.putFlow('a', renamed, emptyFlowHistory(), { expectedRevision: 1, urgent: true }),
      ).toEqual({ ok: true, revision: 2 });
      expect((await repo.getFlow('F1'))?.flow.name).toBe('Renamed');
      const stale = { ...flow, name: 'Stale' };
      expect(
        await repo.putFlow('a', stale, emptyFlowHistory(), { expectedRevision: 1, urgent: true }),
      ).toEqual({ ok: false, reason: 'conflict', revision: 2 });
      expect(await repo.getFlow('F1')).toMatchObject({ revision: 2, flow: { name: 'Renamed' } });
      expect((await repo.listFlows('a'))[0]?.name).toBe('Renamed');
      await repo.deleteFlow('F1');
      expect(
        await repo.putFlow('a', stale, emptyFlowHistory(), { expectedRevision: 2, urgent: true }),
      ).toEqual({ ok: false, reason: 'deleted' });
      expect(await repo.getFlow('F1')).toBeUndefined();
      expect(await repo.listFlows('a')).toEqual([]);
    });

    it('lists flows per package and deletes them with their package', async () => {
      const repo = await make();
      await repo.putPackage(samplePackage('a'));
      await repo.putPackage(samplePackage('b'));
      await repo.putFlow('a', newFlow({ id: 'A1', name: 'A1' }), emptyFlowHistory());
      await repo.putFlow('a', newFlow({ id: 'A2', name: 'A2' }), emptyFlowHistory());
      await repo.putFlow('b', newFlow({ id: 'B1', name: 'B1' }), emptyFlowHistory());
      expect((await repo.listFlows('a')).map((f) => f.id).sort()).toEqual(['A1', 'A2']);
      expect((await repo.listFlows()).length).toBe(3);
      await repo.deletePackage('a');
      expect((await repo.listFlows()).map((f) => f.id)).toEqual(['B1']);
      expect(await repo.getFlow('A1')).toBeUndefined();
    });

    it('returns copies, not live references', async () => {
      const repo = await make();
      const flow = newFlow({ id: 'F1', name: 'First' });
      await repo.putFlow('a', flow, emptyFlowHistory());
      flow.name = 'mutated';
      const stored = await repo.getFlow('F1');
      expect(stored?.flow.name).toBe('First');
    });
  });
}
