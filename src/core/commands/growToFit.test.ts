import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import { deepFreeze, run } from '../rules/__fixtures__/flows';
import { growToFit } from './growToFit';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

const base = () => deepFreeze(newFlow({ id: 'f', name: 'F' }));

describe('growToFit', () => {
  it('returns the same flow when every step fits', () => {
    const flow = base();
    expect(growToFit(flow, ['StartEvent_1', 'EndEvent_1'])).toBe(flow);
  });
  it('grows a subprocess around its step, then the pool around the subprocess', () => {
    let flow = run(base(), 'element.add', { type: 'testSubprocess', position: { x: 40, y: 60 } });
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 10, y: 10 },
      parentId: 'TestSubprocess_1',
    });
    const moved = run(flow, 'element.move', {
      moves: [{ id: 'TestErrorStart_1', position: { x: 500, y: 10 } }],
    });
    const out = growToFit(moved, ['TestErrorStart_1']);
    // Error Start 100 wide at x 500 + 16 → subprocess 616 wide; 40 + 616 + 16 → pool 672.
    expect(out.process.steps.find((s) => s.id === 'TestSubprocess_1')!.size).toEqual({
      width: 616,
      height: 160,
    });
    expect(out.process.size).toEqual({ width: 672, height: 280 });
  });
  it('moves participants right of or below the pool by the growth, not the others', () => {
    let flow = run(base(), 'element.add', { type: 'sender', position: { x: 300, y: 400 } });
    flow = run(flow, 'element.move', {
      moves: [{ id: 'EndEvent_1', position: { x: 600, y: 300 } }],
    });
    const out = growToFit(flow, ['EndEvent_1']);
    // End event 48 × 48 at (600, 300) + 16 → pool 664 × 364: +104 wide, +84 high.
    expect(out.process.size).toEqual({ width: 664, height: 364 });
    expect(out.participants.map((p) => p.position)).toEqual([
      { x: 40, y: 130 },
      { x: 954, y: 130 },
      { x: 300, y: 484 },
    ]);
  });
});
