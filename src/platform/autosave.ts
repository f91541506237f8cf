import type { StoreApi } from 'zustand/vanilla';
import type { EditorApi, WorkspaceState } from '../store/workspace/types';

export interface AutosaveOptions {
  workspace: Pick<StoreApi<WorkspaceState>, 'getState'>;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Longest an edit waits while edits keep coming, so a crash loses at most about this much. */
  maxWaitMs?: number;
  /** Where `visibilitychange`/`pagehide` fire; window and document in the app. */
  events?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } };
}

export interface Autosave {
  /** Saves pending changes now. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Saves the open flow and its undo history whenever the editor changes them: debounced,
 * with a maximum wait during long bursts, and flushed when the page is hidden or left.
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
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  };

  const unsubscribe = editor.subscribe((state, prev) => {
    if (state.flow !== prev.flow || state.history !== prev.history) schedule();
  });
  const onHide = () => {
    if (doc?.visibilityState === undefined || doc.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  doc?.addEventListener('visibilitychange', onHide);
  win?.addEventListener('pagehide', onPageHide);

  return {
    flush,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      unsubscribe();
      doc?.removeEventListener('visibilitychange', onHide);
      win?.removeEventListener('pagehide', onPageHide);
    },
  };
}
