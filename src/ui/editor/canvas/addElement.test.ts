import { beforeEach, describe, expect, it } from 'vitest';
import { newFlow } from '../../../core/model/factory';
import type { Flow } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { addElementAt } from './addElement';
import { INSERT_GAP } from './placement';

const stepX = (flow: Flow | null, id: string) =>
  flow?.process.steps.find((s) => s.id === id)?.position.x;

/** Start → End with End only 72 px right of Start (Start 80..128, End at 200, pool-relative). */
function openCramped(): Flow {
  const flow = newFlow({ id: 'F', name: 'Flow' });
  flow.process.steps[1]!.position.x = 200;
  editorStore.getState().open(flow, 'P');
  return flow;
}

// The link runs along y = 60 + 116 + 24 = 200 from x 220 + 128 = 348 to 220 + 200 = 420.
const ON_LINK = { x: 384, y: 200 };

describe('addElementAt with insertOnLink', () => {
  beforeEach(() => editorStore.getState().close());

  it('pushes the target along to make room, and the whole insert is one undo step', () => {
    const before = openCramped();
    const id = addElementAt('script', ON_LINK, { insertOnLink: true });
    const after = editorStore.getState().flow;
    expect(id).toBe('Script_1');
    expect(stepX(after, 'Script_1')).toBe(128 + INSERT_GAP);
    expect(stepX(after, 'EndEvent_1')).toBe(128 + INSERT_GAP + 120 + INSERT_GAP);
    expect(after?.process.sequenceFlows.map((l) => [l.source, l.target])).toEqual([
      ['StartEvent_1', 'Script_1'],
      ['Script_1', 'EndEvent_1'],
    ]);
    // The pool still holds End (328..376 ≤ 560 - 16): no resize needed here.
    expect(after?.process.size).toEqual(before.process.size);

    editorStore.getState().undo();
    expect(editorStore.getState().flow).toEqual(before);
    expect(editorStore.getState().canUndo).toBe(false);
    editorStore.getState().redo();
    expect(editorStore.getState().flow).toEqual(after);
  });

  it('grows the pool and moves the Receiver along when the pushed steps leave it', () => {
    const before = openCramped();
    // A step near the pool's right border, right of End: it moves too.
    const r = editorStore
      .getState()
      .dispatch('element.add', { type: 'script', position: { x: 420, y: 20 } });
    expect(r.ok).toBe(true);
    const withStep = editorStore.getState().flow!;
    addElementAt('script', ON_LINK, { insertOnLink: true });
    const after = editorStore.getState().flow!;
    const shift = 128 + INSERT_GAP + 120 + INSERT_GAP - 200;
    expect(stepX(after, 'Script_1')).toBe(420 + shift);
    expect(after.process.size.width).toBe(420 + shift + 120 + 16);
    const grew = after.process.size.width - before.process.size.width;
    const receiver = after.participants.find((p) => p.kind === 'receiver');
    expect(receiver?.position.x).toBe(850 + grew);

    editorStore.getState().undo();
    expect(editorStore.getState().flow).toEqual(withStep);
  });

  it('leaves the target where it is when the step fits', () => {
    const flow = newFlow({ id: 'F', name: 'Flow' }); // End at 430: plenty of room
    editorStore.getState().open(flow, 'P');
    addElementAt('script', { x: 500, y: 200 }, { insertOnLink: true });
    expect(stepX(editorStore.getState().flow, 'EndEvent_1')).toBe(430);
  });
});
