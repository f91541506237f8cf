import type { Flow } from '../model/flow';

/** Serializable undo history: flows before each undo step, and flows undone (for redo). */
export interface HistoryStacks {
  past: Flow[];
  future: Flow[];
}

/** Undo history plus the coalescing mark of the last push (not persisted). */
export interface History extends HistoryStacks {
  last: { key: string; at: number } | null;
}

export const HISTORY_LIMIT = 200;
/** Pushes with the same coalesce key closer than this merge into one undo step. */
export const COALESCE_WINDOW_MS = 1000;

export function emptyHistory(stacks?: HistoryStacks): History {
  return { past: stacks?.past ?? [], future: stacks?.future ?? [], last: null };
}

/**
 * Records `previous` (the flow before an edit) as one undo step and drops the redo future.
 * A push with the same coalesce key as the last one within the window keeps the earlier
 * snapshot instead: a drag or a burst of typing undoes as one step.
 */
export function pushHistory(
  history: History,
  previous: Flow,
  options: { coalesceKey?: string; now: number },
): History {
  const { coalesceKey, now } = options;
  const last = coalesceKey ? { key: coalesceKey, at: now } : null;
  const merge =
    coalesceKey !== undefined &&
    history.last?.key === coalesceKey &&
    now - history.last.at <= COALESCE_WINDOW_MS &&
    history.past.length > 0;
  if (merge) return { past: history.past, future: [], last };
  const past = [...history.past, previous];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], last };
}

/** Steps back: returns the restored flow and the new history, or null when nothing to undo. */
export function undoHistory(
  history: History,
  current: Flow,
): { flow: Flow; history: History } | null {
  const flow = history.past[history.past.length - 1];
  if (!flow) return null;
  return {
    flow,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], last: null },
  };
}

export function redoHistory(
  history: History,
  current: Flow,
): { flow: Flow; history: History } | null {
  const flow = history.future[0];
  if (!flow) return null;
  const past = [...history.past, current];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { flow, history: { past, future: history.future.slice(1), last: null } };
}

/** The persisted part: plain arrays, no coalescing mark. */
export function historyStacks(history: History): HistoryStacks {
  return { past: history.past, future: history.future };
}
