import type { StoreApi } from 'zustand/vanilla';
import { flushHeldEdits } from '../store/pendingEdits';
import type { EditorApi, WorkspaceState } from '../store/workspace/types';

export interface AutosaveOptions {
  workspace: Pick<StoreApi<WorkspaceState>, 'getState'>;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Longest an edit waits while edits keep coming, so a crash loses at most about this much. */
  maxWaitMs?: number;
  /** Where `visibilitychange`/`pagehide`/`beforeunload` fire; window and document in the app. */
  events?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } };
}

export interface Autosave {
  /** Saves pending changes now. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Runs `task` when the main thread is idle (not in the middle of a drag or a render), at the
 * latest at `deadline` (epoch ms), so saving a big flow never costs a frame the user sees.
 */
function whenIdleBefore(deadline: number, task: () => void): void {
  const g = globalThis as { requestIdleCallback?: typeof requestIdleCallback };
  if (!g.requestIdleCallback) return task();
  g.requestIdleCallback(() => task(), { timeout: Math.max(1, deadline - Date.now()) });
}

/**
 * Saves the open flow and its undo history whenever the editor changes them: debounced,
 * with a maximum wait during long bursts, and flushed when the page is hidden or left. The
 * flush on leaving starts its IndexedDB write inside the event handler itself (after
 * dispatching edits the UI still holds back): a reload right after an edit runs no later task,
 * so a write that first waited for a promise or a timer would never start.
 */
export function startAutosave(editor: EditorApi, options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const win = options.events?.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = options.events?.document ?? (typeof document === 'undefined' ? undefined : document);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstPendingAt = null;
    return options.workspace.getState().saveNow();
  };

  const schedule = () => {
    options.workspace.getState().markPending();
    const now = Date.now();
    firstPendingAt ??= now;
    if (timer) clearTimeout(timer);
    const deadline = firstPendingAt + maxWaitMs;
    const wait = Math.max(0, Math.min(debounceMs, deadline - now));
    // A flush in the meantime (or stop) clears the timer: nothing left to save then.
    timer = setTimeout(() => whenIdleBefore(deadline, () => timer !== null && void flush()), wait);
  };

  const unsubscribe = editor.subscribe((state, prev) => {
    if (state.flow !== prev.flow || state.history !== prev.history) schedule();
  });
  const flushUrgently = () => {
    flushHeldEdits();
    if (timer) clearTimeout(timer);
    timer = null;
    firstPendingAt = null;
    void options.workspace.getState().saveUrgently();
  };
  const onHide = () => {
    if (doc?.visibilityState === undefined || doc.visibilityState === 'hidden') flushUrgently();
  };
  doc?.addEventListener('visibilitychange', onHide);
  win?.addEventListener('pagehide', flushUrgently);
  win?.addEventListener('beforeunload', flushUrgently);

  return {
    flush,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      unsubscribe();
      doc?.removeEventListener('visibilitychange', onHide);
      win?.removeEventListener('pagehide', flushUrgently);
      win?.removeEventListener('beforeunload', flushUrgently);
    },
  };
}
