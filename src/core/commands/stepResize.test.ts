import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { deepFreeze, run } from '../rules/__fixtures__/flows';
import { containerMinSize } from './stepResize';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

const SUB = 'TestSubprocess_1';
const sub = (f: Flow) => f.process.steps.find((s) => s.id === SUB)!;

/** A pool 1000 × 600 holding a 300 × 160 subprocess at (40, 300) with an Error Start inside. */
function withSubprocess(): Flow {
  let flow = run(newFlow({ id: 'f', name: 'F' }), 'process.resize', {
    size: { width: 1000, height: 600 },
  });
  flow = run(flow, 'element.add', { type: 'testSubprocess', position: { x: 40, y: 300 } });
  flow = run(flow, 'element.add', {
    type: 'testErrorStart',
    position: { x: 150, y: 80 },
    parentId: SUB,
  });
  return deepFreeze(flow);
}

describe('step.resize', () => {
  it('resizes a subprocess', () => {
    const flow = withSubprocess();
    const out = run(flow, 'step.resize', { id: SUB, size: { width: 500, height: 250 } });
    expect(sub(out)).toMatchObject({
      size: { width: 500, height: 250 },
      position: { x: 40, y: 300 },
    });
    expect(out.process.size).toBe(flow.process.size);
  });
  it('never shrinks a subprocess past its steps, and says so', () => {
    const flow = withSubprocess();
    // The Error Start (100 × 60 in the test registry) ends at (250, 140).
    expect(containerMinSize(flow, SUB)).toEqual({ width: 250, height: 140 });
    expect(run(flow, 'step.resize', { id: SUB, size: { width: 250, height: 140 } })).not.toBe(flow);
    expect(() => run(flow, 'step.resize', { id: SUB, size: { width: 200, height: 140 } })).toThrow(
      '"Exception Subprocess 1" must be at least 250 × 140 to hold the steps inside it',
    );
    const empty = run(flow, 'element.delete', { ids: ['TestErrorStart_1'] });
    expect(() => run(empty, 'step.resize', { id: SUB, size: { width: 20, height: 20 } })).toThrow(
      '"Exception Subprocess 1" must be at least 160 × 100',
    );
  });
  it('a resize from the left or top keeps the children where they are on the canvas', () => {
    const flow = withSubprocess();
    const out = run(flow, 'step.resize', {
      id: SUB,
      size: { width: 280, height: 150 },
      position: { x: 60, y: 310 },
    });
    expect(sub(out)).toMatchObject({
      position: { x: 60, y: 310 },
      size: { width: 280, height: 150 },
    });
    expect(out.process.steps.at(-1)!.position).toEqual({ x: 130, y: 70 });
    expect(() =>
      run(flow, 'step.resize', {
        id: SUB,
        size: { width: 200, height: 160 },
        position: { x: 200, y: 300 },
      }),
    ).toThrow('"Exception Subprocess 1" cannot shrink past the steps inside it');
  });
  it('grows the pool when the subprocess no longer fits in it', () => {
    const out = run(withSubprocess(), 'step.resize', {
      id: SUB,
      size: { width: 300, height: 400 },
    });
    // 300 + 400 + 16 px margin.
    expect(out.process.size).toEqual({ width: 1000, height: 716 });
  });
  it('refuses steps without a size of their own, unknown ids and bad sizes', () => {
    const flow = withSubprocess();
    expect(() =>
      run(flow, 'step.resize', { id: 'StartEvent_1', size: { width: 300, height: 300 } }),
    ).toThrow('"Start" cannot be resized: only a subprocess has a size of its own');
    expect(() =>
      run(flow, 'step.resize', { id: 'nope', size: { width: 300, height: 300 } }),
    ).toThrow('Step "nope" does not exist');
    expect(() => run(flow, 'step.resize', { id: SUB, size: { width: NaN, height: 300 } })).toThrow(
      'needs a valid size',
    );
  });
  it('the same size and place is a no-op', () => {
    const flow = withSubprocess();
    expect(run(flow, 'step.resize', { id: SUB, size: { width: 300, height: 160 } })).toBe(flow);
  });
});
