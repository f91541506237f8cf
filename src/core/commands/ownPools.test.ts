import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { arrangeFlow } from '../layout/arrangeFlow';
import { isOwnPool, POOL_GAP } from '../layout/sizes';
import { applyCommand } from './applyCommand';

/** The main pool (at 220,60, 600×300 by default) and a Local Integration Process added to it. */
function withLocal(position = { x: 40, y: 40 }): { flow: Flow; id: string } {
  const out = applyCommand(newFlow({ id: 'f', name: 'F' }), 'element.add', {
    type: 'localProcess',
    position,
  });
  return { flow: out.flow, id: out.created[0]! };
}
const stepOf = (flow: Flow, id: string) => flow.process.steps.find((s) => s.id === id)!;

describe('Local Integration Processes are pools of their own', () => {
  it('one dropped on the Integration Process goes under it; the pool does not grow', () => {
    const before = newFlow({ id: 'f', name: 'F' }).process.size;
    const { flow, id } = withLocal();
    const lip = stepOf(flow, id);
    expect(isOwnPool(lip)).toBe(true);
    expect(lip.position).toEqual({ x: 0, y: before.height + POOL_GAP });
    expect(flow.process.size).toEqual(before);
    // A second one goes under the first.
    const second = applyCommand(flow, 'element.add', {
      type: 'localProcess',
      position: { x: 0, y: 0 },
    });
    expect(stepOf(second.flow, second.created[0]!).position.y).toBe(
      lip.position.y + lip.size!.height + POOL_GAP,
    );
  });

  it('one dropped away from the pools stays where it was dropped', () => {
    const { flow, id } = withLocal({ x: 0, y: 900 });
    expect(stepOf(flow, id).position).toEqual({ x: 0, y: 900 });
  });

  it('moving the Integration Process leaves them where they are drawn', () => {
    const { flow, id } = withLocal();
    const abs = (f: Flow) => ({
      x: f.process.position.x + stepOf(f, id).position.x,
      y: f.process.position.y + stepOf(f, id).position.y,
    });
    const moved = applyCommand(flow, 'element.move', {
      moves: [{ id: flow.process.id, position: { x: 300, y: 100 } }],
    }).flow;
    expect(abs(moved)).toEqual(abs(flow));
    // Moved together, the given position (relative to the pool's new place) wins.
    const both = applyCommand(flow, 'element.move', {
      moves: [
        { id: flow.process.id, position: { x: 300, y: 100 } },
        { id, position: { x: 10, y: 500 } },
      ],
    }).flow;
    expect(stepOf(both, id).position).toEqual({ x: 10, y: 500 });
  });

  it('a step added inside one grows it, never the Integration Process', () => {
    const { flow, id } = withLocal();
    const out = applyCommand(flow, 'element.add', {
      type: 'script',
      parentId: id,
      position: { x: 900, y: 40 },
    }).flow;
    expect(stepOf(out, id).size!.width).toBeGreaterThan(900);
    expect(out.process.size).toEqual(flow.process.size);
  });

  it('auto-layout stacks them under the Integration Process', () => {
    const { flow, id } = withLocal({ x: 900, y: 0 });
    const arrangement = arrangeFlow(flow);
    const pool = arrangement.process.size!;
    expect(arrangement.steps.find((s) => s.id === id)!.position).toEqual({
      x: 0,
      y: pool.height + POOL_GAP,
    });
  });
});
