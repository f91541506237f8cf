import type { Flow } from '../model/flow';
import type { HistoryStacks } from './history';

/**
 * How many element snapshots the saved undo history may hold. Every snapshot is stored whole
 * (IndexedDB does not share structure between them), so a big flow keeps fewer undo steps
 * across a reload: 200 for a small flow, about 10 for a 1,000-step one.
 */
export const STORED_HISTORY_BUDGET = 20_000;
/** Undo steps kept across a reload however big the flow is. */
export const STORED_HISTORY_MIN = 10;

function elementCount(flow: Flow): number {
  return (
    1 +
    flow.participants.length +
    flow.process.steps.length +
    flow.process.sequenceFlows.length +
    flow.messageFlows.length
  );
}

/** The part of the undo history worth saving with `flow`: the newest undo and redo steps. */
export function trimForStorage(flow: Flow, stacks: HistoryStacks): HistoryStacks {
  const keep = Math.max(STORED_HISTORY_MIN, Math.floor(STORED_HISTORY_BUDGET / elementCount(flow)));
  if (stacks.past.length + stacks.future.length <= keep) return stacks;
  const future = stacks.future.slice(0, Math.floor(keep / 2));
  const past = stacks.past.slice(-(keep - future.length));
  return { past, future };
}
