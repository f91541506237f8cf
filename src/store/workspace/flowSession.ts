import type { Flow } from '../../core/model/flow';
import { packForStorage } from '../../core/history/packForStorage';
import { unpackHistory } from '../../core/history/packHistory';
import type { FlowHistory, WorkspaceRepository } from '../../core/workspace';
import type { EditorApi, WorkspaceChannel, WorkspaceState } from './types';

type Set = (partial: Partial<WorkspaceState>) => void;
type Get = () => WorkspaceState;

/**
 * Saving of the open flow: compare-and-set writes against the revision this tab knows, so a
 * newer save from another tab is detected (conflict) instead of overwritten. Saves run one at a
 * time in order.
 */
export function createFlowSession(deps: {
  repo: WorkspaceRepository;
  editor: EditorApi;
  channel: WorkspaceChannel | null;
  now: () => string;
  set: Set;
  get: Get;
  onSaved: (packageId: string) => Promise<void>;
}) {
  const { repo, editor, channel, now, set, get } = deps;
  // What this tab last loaded or wrote, by reference: the editor replaces objects on change.
  let saved: { flow: Flow | null; history: FlowHistory | null } = { flow: null, history: null };
  let queue: Promise<void> = Promise.resolve();
  /** Writes started and not yet finished (their revisions are this tab's own). */
  let inFlight = 0;

  function isClean(): boolean {
    const ed = editor.getState();
    return ed.flow === saved.flow && ed.history === saved.history;
  }

  /** Opens a stored flow in the editor and remembers it as saved. */
  function adopt(flow: Flow, packageId: string, history: FlowHistory, revision: number) {
    let stacks;
    try {
      stacks = unpackHistory(flow, history);
    } catch {
      // A saved history that no longer fits the flow costs the undo steps, never the flow.
      stacks = { past: [], future: [] };
    }
    editor.getState().open(flow, packageId, stacks);
    const ed = editor.getState();
    saved = { flow: ed.flow, history: ed.history };
    set({
      current: { flowId: flow.id, packageId, revision },
      saveState: 'saved',
      conflict: null,
      error: null,
    });
  }

  function forget() {
    saved = { flow: null, history: null };
    set({ current: null, saveState: 'saved', conflict: null, error: null });
  }

  /**
   * Writes the open flow. Writes still in flight are this tab's own (their revisions are no
   * conflict). `urgent`: the page may be going away, so the write starts before this returns.
   */
  async function write(force: boolean, urgent = false): Promise<void> {
    const open = get().current;
    const ed = editor.getState();
    if (!open || !ed.flow || ed.flow.id !== open.flowId) return;
    if (!force && (get().saveState === 'conflict' || isClean())) return;
    const { flow, history } = ed;
    const before = saved;
    if (urgent) saved = { flow, history }; // a second call while this one runs has nothing to do
    set({ saveState: 'saving' });
    inFlight++;
    try {
      const result = await repo.putFlow(
        open.packageId,
        flow,
        packForStorage(flow, history),
        force ? {} : { expectedRevision: open.revision, pendingWrites: inFlight - 1, urgent },
      );
      if (!result.ok) {
        if (urgent) saved = before;
        const deleted = result.reason === 'deleted';
        set({
          saveState: 'conflict',
          conflict: { flowId: open.flowId, reason: deleted ? 'deleted' : 'changed' },
          error: deleted
            ? 'This flow was deleted in another tab. Your changes are not saved.'
            : 'This flow was changed in another tab. Your changes are not saved.',
        });
        return;
      }
      if (urgent || before === saved) saved = { flow, history };
      set({
        current: { ...open, revision: result.revision },
        saveState: isClean() ? 'saved' : 'saving',
        lastSavedAt: now(),
        conflict: null,
        error: null,
      });
      channel?.post({
        type: 'flowSaved',
        flowId: open.flowId,
        packageId: open.packageId,
        revision: result.revision,
      });
      await deps.onSaved(open.packageId);
    } catch (e) {
      if (urgent) saved = before;
      set({ saveState: 'error', error: `Saving failed: ${e instanceof Error ? e.message : e}` });
    } finally {
      inFlight--;
    }
  }

  function enqueue(force: boolean): Promise<void> {
    queue = queue.then(() => write(force));
    return queue;
  }

  /** Starts the write now, beside any write in flight; later writes wait for it. */
  function saveUrgently(): Promise<void> {
    const now = write(false, true);
    queue = Promise.all([queue, now]).then(() => undefined);
    return now;
  }

  async function reloadFromStorage(): Promise<void> {
    await queue;
    const open = get().current;
    if (!open) return;
    const stored = await repo.getFlow(open.flowId);
    if (!stored) {
      editor.getState().close();
      forget();
      set({ error: 'The flow was deleted in another tab.' });
      return;
    }
    adopt(stored.flow, stored.packageId, stored.history, stored.revision);
  }

  /** Another tab saved or deleted the open flow: follow it when clean, else flag a conflict. */
  async function remoteChanged(flowId: string, deleted: boolean, revision?: number) {
    const open = get().current;
    if (!open || open.flowId !== flowId || revision === open.revision) return;
    if (!deleted && isClean() && get().saveState !== 'conflict') {
      const stored = await repo.getFlow(flowId);
      // Re-check: the user may have typed while we read.
      if (stored && isClean() && get().current?.flowId === flowId) {
        adopt(stored.flow, stored.packageId, stored.history, stored.revision);
        return;
      }
    }
    set({
      saveState: 'conflict',
      conflict: { flowId, reason: deleted ? 'deleted' : 'changed' },
      error: deleted
        ? 'This flow was deleted in another tab.'
        : 'This flow was changed in another tab.',
    });
  }

  return {
    adopt,
    forget,
    isClean,
    saveNow: () => enqueue(false),
    saveUrgently,
    overwriteWithMine: () => enqueue(true),
    reloadFromStorage,
    remoteChanged,
  };
}
