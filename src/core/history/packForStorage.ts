import type { Flow } from '../model/flow';
import type { HistoryStacks } from './history';
import { packHistory, type FlowDelta, type PackedHistory } from './packHistory';

/**
 * How many changed elements the saved undo history may hold in all: renaming a step costs 1,
 * a move of 1,000 steps 1,000. Ordinary editing keeps all 200 undo steps across a reload.
 */
export const STORED_HISTORY_BUDGET = 20_000;
/** Undo steps kept across a reload however big they are. */
export const STORED_HISTORY_MIN = 10;
/** Redo steps saved before the undo steps take the rest of the budget. */
const FUTURE_FIRST = 5;

/** Size of a delta in elements (what it costs to store), at least 1. */
function deltaSize(d: FlowDelta): number {
  let n = 1;
  for (const list of Object.values(d.lists)) n += list?.changed.length ?? 0;
  return n;
}

/**
 * The undo history packed as deltas for saving with `flow`: a few redo steps, then the newest
 * undo steps, then further redo steps, within the budget (at least STORED_HISTORY_MIN steps).
 */
export function packForStorage(flow: Flow, stacks: HistoryStacks): PackedHistory {
  const packed = packHistory(flow, stacks);
  let budget = STORED_HISTORY_BUDGET;
  let kept = 0;
  const fits = (d: FlowDelta) => {
    budget -= deltaSize(d);
    kept++;
    return budget >= 0 || kept <= STORED_HISTORY_MIN;
  };
  let future = 0;
  while (future < Math.min(FUTURE_FIRST, packed.future.length) && fits(packed.future[future]!))
    future++;
  let pastFrom = packed.past.length;
  while (pastFrom > 0 && fits(packed.past[pastFrom - 1]!)) pastFrom--;
  while (future >= FUTURE_FIRST && future < packed.future.length && fits(packed.future[future]!))
    future++;
  return {
    format: 'delta',
    past: packed.past.slice(pastFrom),
    future: packed.future.slice(0, future),
  };
}
