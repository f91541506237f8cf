import { createStore } from 'zustand/vanilla';
import type { Flow } from '../../core/model/flow';
import { importPackage } from '../../core/io';
import {
  addFlow,
  addPackage,
  checkName,
  defaultContext,
  duplicateFlow,
  flowFile,
  importFlowText,
  importPackageInto,
  packageFile,
  duplicatePackage,
  emptyFlowHistory,
  nameForCopy,
  renameFlow,
  updatePackage,
  type FlowSummary,
  type OpContext,
  type WorkspaceRepository,
} from '../../core/workspace';
import { createFlowSession } from './flowSession';
import type { EditorApi, WorkspaceChannel, WorkspaceState } from './types';

export interface WorkspaceStoreOptions {
  editor: EditorApi;
  /** Cross-tab notices; null in tests that do not need them. */
  channel?: WorkspaceChannel | null;
  context?: OpContext;
}

const byName = (a: FlowSummary, b: FlowSummary) => a.name.localeCompare(b.name);

/** The workspace store (packages, flows, save state) over any WorkspaceRepository. */
export function createWorkspaceStore(repo: WorkspaceRepository, options: WorkspaceStoreOptions) {
  const { editor } = options;
  const channel = options.channel ?? null;
  const ctx = options.context ?? defaultContext;

  return createStore<WorkspaceState>()((set, get) => {
    async function refreshFlows(packageId: string) {
      const flows = (await repo.listFlows(packageId)).sort(byName);
      set({ flowsByPackage: { ...get().flowsByPackage, [packageId]: flows } });
    }
    async function refreshAll() {
      const packages = (await repo.listPackages()).sort((a, b) => a.name.localeCompare(b.name));
      const flowsByPackage: Record<string, FlowSummary[]> = {};
      for (const p of packages) flowsByPackage[p.id] = [];
      for (const f of await repo.listFlows()) (flowsByPackage[f.packageId] ??= []).push(f);
      for (const list of Object.values(flowsByPackage)) list.sort(byName);
      set({ packages, flowsByPackage, loaded: true });
    }
    const session = createFlowSession({
      repo,
      editor,
      channel,
      now: ctx.now,
      set,
      get,
      onSaved: refreshFlows,
    });
    const announcePackages = () => channel?.post({ type: 'packagesChanged' });
    const allFlowIds = async () => (await repo.listFlows()).map((f) => f.id);

    /** The freshest copy of a flow: the editor's when it is open there. */
    async function currentFlow(
      flowId: string,
    ): Promise<{ flow: Flow; packageId: string } | undefined> {
      const ed = editor.getState();
      const open = get().current;
      if (open?.flowId === flowId && ed.flow?.id === flowId)
        return { flow: ed.flow, packageId: open.packageId };
      const stored = await repo.getFlow(flowId);
      return stored && { flow: stored.flow, packageId: stored.packageId };
    }

    /** After a new flow was stored: the list refreshed, other tabs told. */
    async function announceNew(packageId: string, flowId: string) {
      await refreshFlows(packageId);
      const summary = get().flowsByPackage[packageId]?.find((f) => f.id === flowId);
      const stored = await repo.getFlow(flowId);
      channel?.post({ type: 'flowSaved', flowId, packageId, revision: stored?.revision ?? 1 });
      return summary!;
    }

    async function putNew(packageId: string, flow: Flow) {
      await repo.putFlow(packageId, flow, emptyFlowHistory());
      return announceNew(packageId, flow.id);
    }

    return {
      loaded: false,
      packages: [],
      flowsByPackage: {},
      current: null,
      saveState: 'saved',
      lastSavedAt: null,
      conflict: null,
      error: null,

      load: refreshAll,

      async createPackage(input) {
        const result = await addPackage(repo, input, ctx);
        if (result.ok) {
          await refreshAll();
          announcePackages();
        }
        return result;
      },

      async updatePackage(id, patch) {
        const pkg = get().packages.find((p) => p.id === id);
        if (!pkg) return { ok: false, errors: [{ field: 'name', message: 'Package not found' }] };
        const result = updatePackage(pkg, patch, get().packages, ctx);
        if (result.ok) {
          await repo.putPackage(result.value);
          await refreshAll();
          announcePackages();
        }
        return result;
      },

      async duplicatePackage(id) {
        const pkg = get().packages.find((p) => p.id === id);
        if (!pkg) return undefined;
        await session.saveNow();
        const flows: Flow[] = [];
        for (const s of await repo.listFlows(id)) {
          const stored = await repo.getFlow(s.id);
          if (stored) flows.push(stored.flow);
        }
        const copy = duplicatePackage(pkg, flows, get().packages, await allFlowIds(), ctx);
        await repo.putPackage(copy.package);
        for (const f of copy.flows) await repo.putFlow(copy.package.id, f, emptyFlowHistory());
        await refreshAll();
        announcePackages();
        return copy.package;
      },

      async deletePackage(id) {
        if (get().current?.packageId === id) await get().closeFlow();
        await repo.deletePackage(id);
        await refreshAll();
        announcePackages();
      },

      async createFlow(packageId, input) {
        const added = await addFlow(repo, packageId, input);
        if (!added.ok) return added;
        return { ok: true, value: await announceNew(packageId, added.flow.id) };
      },

      async renameFlow(flowId, patch) {
        if (patch.name !== undefined) {
          const error = checkName(patch.name);
          if (error) return { ok: false, error };
        }
        const open = get().current;
        if (open?.flowId === flowId && editor.getState().flow?.id === flowId) {
          // The open flow changes through the editor so the rename is undoable and autosaved.
          const r = editor.getState().dispatch('flow.rename', patch);
          if (!r.ok) return { ok: false, error: r.error };
          await session.saveNow();
        } else {
          const stored = await repo.getFlow(flowId);
          if (!stored) return { ok: false, error: 'Flow not found' };
          const put = await repo.putFlow(
            stored.packageId,
            renameFlow(stored.flow, patch),
            stored.history,
          );
          if (put.ok)
            channel?.post({
              type: 'flowSaved',
              flowId,
              packageId: stored.packageId,
              revision: put.revision,
            });
        }
        const packageId =
          open?.flowId === flowId ? open.packageId : (await repo.getFlow(flowId))!.packageId;
        await refreshFlows(packageId);
        const summary = get().flowsByPackage[packageId]?.find((f) => f.id === flowId);
        return summary ? { ok: true, value: summary } : { ok: false, error: 'Flow not found' };
      },

      async duplicateFlow(flowId) {
        const current = await currentFlow(flowId);
        if (!current) return { ok: false, error: 'Flow not found' };
        const names = (get().flowsByPackage[current.packageId] ?? []).map((f) => f.name);
        const copy = duplicateFlow(
          current.flow,
          await allFlowIds(),
          nameForCopy(current.flow.name, names),
        );
        return { ok: true, value: await putNew(current.packageId, copy) };
      },

      async deleteFlow(flowId) {
        const stored = await repo.getFlow(flowId);
        if (!stored) return;
        if (get().current?.flowId === flowId) {
          editor.getState().close();
          session.forget();
        }
        await repo.deleteFlow(flowId);
        await refreshFlows(stored.packageId);
        channel?.post({ type: 'flowDeleted', flowId, packageId: stored.packageId });
      },

      async importFlowFile(packageId, text, mode) {
        // Replacing the flow open in the editor: close it, write the file's version, then open
        // that version again (with a fresh undo history) so the editor shows what was imported.
        let reopen = false;
        const outcome = await importFlowText(repo, packageId, text, mode, {
          async beforeReplace(existing) {
            if (get().current?.flowId !== existing.id) return;
            reopen = true;
            editor.getState().close();
            session.forget();
          },
        });
        if (outcome.status !== 'imported') return outcome;
        const { flow, warnings, replaced } = outcome;
        if (replaced && replaced.packageId !== packageId) await refreshFlows(replaced.packageId);
        const summary = await announceNew(packageId, flow.id);
        if (reopen) await get().openFlow(flow.id);
        return { status: 'imported', flow, warnings, summary };
      },

      async importPackageFile(text, mode) {
        const result = importPackage(text);
        if (!result.ok) return { status: 'invalid', errors: result.errors };
        const outcome = await importPackageInto(repo, result, mode, {
          packages: get().packages,
          openFlowId: get().current?.flowId ?? null,
          closeOpenFlow: () => get().closeFlow(),
          ctx,
        });
        if (outcome.status === 'imported') {
          await refreshAll();
          announcePackages();
        }
        return outcome;
      },

      async exportFlowFile(flowId) {
        const current = await currentFlow(flowId);
        return current && flowFile(current.flow);
      },

      async exportPackageFile(packageId) {
        const pkg = get().packages.find((p) => p.id === packageId);
        if (!pkg) return undefined;
        const flows: Flow[] = [];
        for (const s of get().flowsByPackage[packageId] ?? []) {
          const current = await currentFlow(s.id);
          if (current) flows.push(current.flow);
        }
        return packageFile(pkg, flows);
      },

      async openFlow(flowId) {
        await session.saveNow();
        const stored = await repo.getFlow(flowId);
        if (!stored) return false;
        session.adopt(stored.flow, stored.packageId, stored.history, stored.revision);
        return true;
      },

      async closeFlow() {
        await session.saveNow();
        if (get().saveState === 'conflict') return;
        editor.getState().close();
        session.forget();
      },

      markPending() {
        if (get().saveState === 'saved' && get().current && !session.isClean())
          set({ saveState: 'saving' });
      },
      saveNow: session.saveNow,
      saveUrgently: session.saveUrgently,
      reloadFromStorage: session.reloadFromStorage,
      overwriteWithMine: session.overwriteWithMine,

      async handleNotice(notice) {
        if (notice.type === 'packagesChanged') return refreshAll();
        // Notices come from other tabs of our origin; still ignore anything malformed.
        if (notice.type !== 'flowSaved' && notice.type !== 'flowDeleted') return;
        if (typeof notice.packageId !== 'string' || typeof notice.flowId !== 'string') return;
        await refreshFlows(notice.packageId);
        await session.remoteChanged(
          notice.flowId,
          notice.type === 'flowDeleted',
          notice.type === 'flowSaved' ? notice.revision : undefined,
        );
      },
    };
  });
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
