import { describe, expect, it } from 'vitest';
import type { Flow } from '../model/flow';
import { helloFlow, run } from '../rules/__fixtures__/flows';
import { emptyHistory, historyStacks, pushHistory, type History } from './history';
import { diffFlow, packHistory, patchFlow, unpackHistory } from './packHistory';
import { packForStorage, STORED_HISTORY_BUDGET, STORED_HISTORY_MIN } from './packForStorage';

/** Runs commands like the editor store does, recording each previous flow in the history. */
function edit(flow: Flow, edits: ((f: Flow) => Flow)[]): { flow: Flow; history: History } {
  let history = emptyHistory();
  for (const e of edits) {
    history = pushHistory(history, flow, { now: 0 });
    flow = e(flow);
  }
  return { flow, history };
}

const stored = <T>(value: T): T => structuredClone(value); // what IndexedDB gives back

describe('packHistory', () => {
  const edits = [
    (f: Flow) => run(f, 'element.add', { type: 'script', position: { x: 300, y: 100 } }),
    (f: Flow) => run(f, 'element.rename', { id: 'Script_1', name: 'Renamed' }),
    (f: Flow) =>
      run(f, 'element.move', { moves: [{ id: 'EndEvent_1', position: { x: 9, y: 9 } }] }),
    (f: Flow) => run(f, 'element.delete', { ids: ['Script_1'] }),
    (f: Flow) => run(f, 'flow.rename', { name: 'Other' }),
  ];

  it('stores each undo step as what it changed, and restores every snapshot exactly', () => {
    const { flow, history } = edit(helloFlow(), edits);
    const packed = packHistory(flow, historyStacks(history));
    // The rename of one step stores that step, not the flow.
    const rename = packed.past[1]!; // the flow before the rename, against the one after it
    expect(rename.lists.steps?.changed.map((s) => s.id)).toEqual(['Script_1']);
    expect(rename.lists.sequenceFlows).toBeUndefined();
    const back = unpackHistory(stored(flow), stored(packed));
    expect(back.past).toEqual(history.past);
    expect(back.future).toEqual([]);
  });

  it('restores redo steps too, and unchanged elements are shared with the flow', () => {
    const { flow, history } = edit(helloFlow(), edits);
    // Undo three steps: the current flow is the third snapshot, the rest is redo.
    const past = history.past.slice(0, 2);
    const current = history.past[2]!;
    const future = [...history.past.slice(3), flow];
    const back = unpackHistory(current, stored(packHistory(current, { past, future })));
    expect(back.future).toEqual(future);
    expect(back.past).toEqual(past);
    const start = (f: Flow) => f.process.steps.find((s) => s.id === 'StartEvent_1');
    expect(start(back.future[0]!)).toBe(start(current));
  });

  it('removes a field the older snapshot did not have', () => {
    const a = helloFlow();
    const b = { ...a, parameters: { Host: { value: 'x' } } } as Flow;
    expect(patchFlow(b, stored(diffFlow(a, b)))).toEqual(a);
    expect('parameters' in patchFlow(b, stored(diffFlow(a, b)))).toBe(false);
  });

  it('older saves with whole snapshots load as they are', () => {
    const stacks = { past: [helloFlow()], future: [] };
    expect(unpackHistory(helloFlow(), stacks)).toBe(stacks);
  });

  it('a delta naming an element the flow no longer has is refused', () => {
    const a = helloFlow();
    const b = run(a, 'element.delete', { ids: ['Script_1'] });
    const c = { ...b, process: { ...b.process, steps: b.process.steps.slice(1) } };
    expect(() => patchFlow(c, diffFlow(a, b))).toThrow(/missing element/);
  });
});

describe('packForStorage', () => {
  it('keeps every step of ordinary editing', () => {
    const { flow, history } = edit(
      helloFlow(),
      Array.from(
        { length: 150 },
        (_, i) => (f: Flow) => run(f, 'element.rename', { id: 'Script_1', name: `n${i}` }),
      ),
    );
    const packed = packForStorage(flow, historyStacks(history));
    expect(packed.past).toHaveLength(150);
    expect(unpackHistory(flow, packed).past).toEqual(history.past);
  });

  it('keeps the newest big steps within the budget, at least the minimum', () => {
    const base = helloFlow();
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `S_${i}`,
      type: 'script',
      name: `S ${i}`,
      position: { x: i, y: 0 },
      config: {},
    }));
    let flow: Flow = { ...base, process: { ...base.process, steps: many } };
    let history = emptyHistory();
    for (let k = 0; k < 30; k++) {
      history = pushHistory(history, flow, { now: 0 });
      const steps = flow.process.steps.map((s) => ({ ...s, position: { x: s.position.x, y: k } }));
      flow = { ...flow, process: { ...flow.process, steps } };
    }
    const packed = packForStorage(flow, historyStacks(history));
    expect(packed.past.length).toBeGreaterThanOrEqual(STORED_HISTORY_MIN);
    expect(packed.past.length).toBeLessThanOrEqual(
      Math.max(STORED_HISTORY_MIN, STORED_HISTORY_BUDGET / 3000),
    );
    expect(unpackHistory(flow, packed).past).toEqual(history.past.slice(-packed.past.length));
  });
});
