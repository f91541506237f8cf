import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import {
  COALESCE_WINDOW_MS,
  HISTORY_LIMIT,
  emptyHistory,
  historyStacks,
  pushHistory,
  redoHistory,
  undoHistory,
} from './history';

const flowNamed = (name: string): Flow => ({ ...newFlow({ id: 'f', name }) });

describe('history', () => {
  it('undo returns the previous flow, redo the undone one', () => {
    const a = flowNamed('a');
    const b = flowNamed('b');
    let h = pushHistory(emptyHistory(), a, { now: 0 });
    const undone = undoHistory(h, b)!;
    expect(undone.flow).toBe(a);
    h = undone.history;
    expect(historyStacks(h)).toEqual({ past: [], future: [b] });
    const redone = redoHistory(h, a)!;
    expect(redone.flow).toBe(b);
    expect(historyStacks(redone.history)).toEqual({ past: [a], future: [] });
  });
  it('nothing to undo or redo gives null', () => {
    expect(undoHistory(emptyHistory(), flowNamed('a'))).toBeNull();
    expect(redoHistory(emptyHistory(), flowNamed('a'))).toBeNull();
  });
  it('a new edit drops the redo future', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(flowNamed) as [Flow, Flow, Flow];
    const h = undoHistory(pushHistory(emptyHistory(), a, { now: 0 }), b)!.history;
    expect(pushHistory(h, a, { now: 1 }).future).toEqual([]);
    expect(pushHistory(h, c, { now: 1 }).past).toEqual([c]);
  });
  it('same coalesce key within the window merges into one step; the window slides', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(flowNamed) as [Flow, Flow, Flow, Flow];
    let h = pushHistory(emptyHistory(), a, { coalesceKey: 'k', now: 0 });
    h = pushHistory(h, b, { coalesceKey: 'k', now: 600 });
    h = pushHistory(h, c, { coalesceKey: 'k', now: 600 + COALESCE_WINDOW_MS });
    expect(h.past).toEqual([a]);
    h = pushHistory(h, d, { coalesceKey: 'k', now: 601 + 2 * COALESCE_WINDOW_MS });
    expect(h.past).toEqual([a, d]);
  });
  it('does not merge different keys, keyless pushes, or across an undo', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(flowNamed) as [Flow, Flow, Flow];
    let h = pushHistory(emptyHistory(), a, { coalesceKey: 'k', now: 0 });
    expect(pushHistory(h, b, { coalesceKey: 'j', now: 1 }).past).toEqual([a, b]);
    expect(pushHistory(h, b, { now: 1 }).past).toEqual([a, b]);
    h = pushHistory(h, b, { now: 1 });
    expect(pushHistory(h, c, { coalesceKey: 'k', now: 2 }).past).toEqual([a, b, c]);
    const afterUndo = undoHistory(
      pushHistory(emptyHistory(), a, { coalesceKey: 'k', now: 0 }),
      b,
    )!.history;
    expect(pushHistory(afterUndo, a, { coalesceKey: 'k', now: 1 }).past).toEqual([a]);
    expect(
      pushHistory(pushHistory(afterUndo, a, { coalesceKey: 'k', now: 1 }), c, {
        coalesceKey: 'k',
        now: 2,
      }).past,
    ).toEqual([a]);
  });
  it(`keeps at most ${HISTORY_LIMIT} undo steps, dropping the oldest`, () => {
    let h = emptyHistory();
    const flows = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => flowNamed(String(i)));
    for (const f of flows) h = pushHistory(h, f, { now: 0 });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(flows[5]);
  });
  it('stacks are plain serializable data', () => {
    const h = pushHistory(emptyHistory(), flowNamed('a'), { coalesceKey: 'k', now: 5 });
    const stacks = historyStacks(h);
    expect(Object.keys(stacks)).toEqual(['past', 'future']);
    expect(JSON.parse(JSON.stringify(stacks))).toEqual(stacks);
  });
});
