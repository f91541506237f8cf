import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyCommand } from '../core/commands/applyCommand';
import { CommandError } from '../core/commands/types';
import { findElement } from '../core/model/elements';
import type { Flow } from '../core/model/flow';
import {
  HISTORY_LIMIT,
  emptyHistory,
  historyStacks,
  pushHistory,
  redoHistory,
  undoHistory,
  type History,
} from '../core/history/history';
import type { EditorState } from './types';

export interface EditorStoreState extends EditorState {
  /** Bumped on every change of `flow` by dispatch, undo or redo (not by open/close): autosave watches it. */
  revision: number;
  clearError: () => void;
}

export type EditorStore = StoreApi<EditorStoreState>;

export interface EditorStoreOptions {
  /** Clock for coalescing; tests pass a fake one. */
  now?: () => number;
}

/** `ids` without those no longer in `flow`; the same array when all exist (no re-render). */
function keepExisting(flow: Flow, ids: string[]): string[] {
  if (ids.length === 0) return ids;
  if (ids.length < 8) {
    const kept = ids.filter((id) => findElement(flow, id));
    return kept.length === ids.length ? ids : kept;
  }
  // A big selection (select all) checked in one pass, not one search per id.
  const p = flow.process;
  const all = new Set<string>([p.id]);
  for (const list of [flow.participants, p.steps, p.sequenceFlows, flow.messageFlows])
    for (const e of list) all.add(e.id);
  const kept = ids.filter((id) => all.has(id));
  return kept.length === ids.length ? ids : kept;
}

/**
 * The editor store: the open flow, its undo history and the selection. Every edit goes through
 * dispatch → applyCommand, so undo/redo restores exact snapshots. Selection is not undoable.
 */
export function createEditorStore(options: EditorStoreOptions = {}): EditorStore {
  const now = options.now ?? (() => Date.now());
  // Full history incl. the coalescing mark; state.history exposes only the serializable stacks.
  let history: History = emptyHistory();

  return createStore<EditorStoreState>((set, get) => {
    /** Moves to `flow` with `next` history, keeping the selection to elements that still exist. */
    const commit = (flow: Flow, next: History, extra: Partial<EditorStoreState> = {}) => {
      history = next;
      set((s) => ({
        flow,
        history: historyStacks(next),
        canUndo: next.past.length > 0,
        canRedo: next.future.length > 0,
        selection: keepExisting(flow, s.selection),
        revision: s.revision + 1,
        ...extra,
      }));
    };

    return {
      flow: null,
      packageId: null,
      selection: [],
      canUndo: false,
      canRedo: false,
      lastError: null,
      history: { past: [], future: [] },
      revision: 0,

      open: (flow, packageId, saved) => {
        const stacks = saved
          ? { past: saved.past.slice(-HISTORY_LIMIT), future: saved.future.slice(0, HISTORY_LIMIT) }
          : undefined;
        history = emptyHistory(stacks);
        set({
          flow,
          packageId,
          selection: [],
          lastError: null,
          history: historyStacks(history),
          canUndo: history.past.length > 0,
          canRedo: history.future.length > 0,
        });
      },

      close: () => {
        history = emptyHistory();
        set({
          flow: null,
          packageId: null,
          selection: [],
          lastError: null,
          history: { past: [], future: [] },
          canUndo: false,
          canRedo: false,
        });
      },

      dispatch: (name, payload, dispatchOptions) => {
        const flow = get().flow;
        if (!flow) {
          const error = 'No flow is open';
          set({ lastError: error });
          return { ok: false, error };
        }
        let outcome;
        try {
          outcome = applyCommand(flow, name, payload);
        } catch (e) {
          if (!(e instanceof CommandError)) throw e;
          set({ lastError: e.message });
          return { ok: false, error: e.message };
        }
        if (outcome.flow === flow) {
          if (get().lastError !== null) set({ lastError: null });
          return { ok: true, created: outcome.created };
        }
        const next = pushHistory(history, flow, {
          coalesceKey: dispatchOptions?.coalesceKey,
          now: now(),
        });
        commit(outcome.flow, next, { lastError: null });
        return { ok: true, created: outcome.created };
      },

      undo: () => {
        const flow = get().flow;
        const step = flow && undoHistory(history, flow);
        if (step) commit(step.flow, step.history);
      },

      redo: () => {
        const flow = get().flow;
        const step = flow && redoHistory(history, flow);
        if (step) commit(step.flow, step.history);
      },

      select: (ids) => {
        const flow = get().flow;
        const selection = flow ? keepExisting(flow, [...new Set(ids)]) : [];
        const current = get().selection;
        if (selection.length === current.length && selection.every((id, i) => id === current[i]))
          return;
        set({ selection });
      },

      clearError: () => set({ lastError: null }),
    };
  });
}

/** The app's one editor store. Tests create their own with createEditorStore(). */
export const editorStore = createEditorStore();
