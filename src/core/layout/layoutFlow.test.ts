import { describe, expect, it, vi } from 'vitest';
import type { Flow } from '../model/flow';
import { deepFreeze, helloFlow, run } from '../rules/__fixtures__/flows';
import { computeLayout } from './computeLayout';
import { layoutFlow } from './layoutFlow';
import { stepSize } from './sizes';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

const pos = (flow: Flow, id: string) => flow.process.steps.find((s) => s.id === id)!;

/** Hello World with the steps piled on one spot, as after careless drops. */
function messyHello(): Flow {
  const flow = helloFlow();
  return run(flow, 'element.move', {
    moves: flow.process.steps.map((s) => ({ id: s.id, position: { x: 500, y: 500 } })),
  });
}

describe('layoutFlow', () => {
  it('orders the path left to right on one row', async () => {
    const out = await layoutFlow(deepFreeze(messyHello()));
    const [start, script, end] = ['StartEvent_1', 'Script_1', 'EndEvent_1'].map((id) =>
      pos(out, id),
    );
    expect(start!.position.x + stepSize(start!).width).toBeLessThan(script!.position.x);
    expect(script!.position.x + stepSize(script!).width).toBeLessThan(end!.position.x);
    const centre = (s: typeof start) => s!.position.y + stepSize(s!).height / 2;
    expect(centre(start)).toBe(centre(script));
    expect(centre(script)).toBe(centre(end));
  });
  it('keeps steps inside the pool and resizes it to fit', async () => {
    const out = await layoutFlow(messyHello());
    for (const s of out.process.steps) {
      expect(s.position.x).toBeGreaterThan(0);
      expect(s.position.y).toBeGreaterThan(0);
      expect(s.position.x + stepSize(s).width).toBeLessThan(out.process.size.width);
      expect(s.position.y + stepSize(s).height).toBeLessThan(out.process.size.height);
    }
    expect(out.process.position).toEqual(helloFlow().process.position);
  });
  it('puts the Sender left of the pool level with Start, the Receiver right', async () => {
    const out = await layoutFlow(messyHello());
    const [sender, receiver] = out.participants;
    const pool = out.process;
    expect(sender!.position.x + 110).toBeLessThan(pool.position.x);
    expect(receiver!.position.x).toBeGreaterThan(pool.position.x + pool.size.width);
    const start = pos(out, 'StartEvent_1');
    expect(sender!.position.y + 70).toBe(pool.position.y + start.position.y + 24);
  });
  it('places branches in ranks and subprocesses below the main path', async () => {
    let flow = run(helloFlow(), 'element.add', { type: 'testRouter', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.add', { type: 'testErrorEnd', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.delete', { ids: ['SequenceFlow_3'] });
    flow = run(flow, 'link.connect', { source: 'Script_1', target: 'TestRouter_1' });
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'EndEvent_1' });
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'TestErrorEnd_1' });
    flow = run(flow, 'element.add', { type: 'testSubprocess', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    flow = run(flow, 'element.add', {
      type: 'testErrorEnd',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    flow = run(flow, 'link.connect', { source: 'TestErrorStart_1', target: 'TestErrorEnd_2' });
    const out = await layoutFlow(flow);
    expect(pos(out, 'TestRouter_1').position.x).toBeLessThan(pos(out, 'EndEvent_1').position.x);
    const cx = (id: string) => pos(out, id).position.x + stepSize(pos(out, id)).width / 2;
    expect(cx('EndEvent_1')).toBe(cx('TestErrorEnd_1'));
    expect(pos(out, 'EndEvent_1').position.y).not.toBe(pos(out, 'TestErrorEnd_1').position.y);
    const sub = pos(out, 'TestSubprocess_1');
    const mainBottom = Math.max(
      ...out.process.steps
        .filter((s) => !s.parentId && s !== sub)
        .map((s) => s.position.y + stepSize(s).height),
    );
    expect(sub.position.y).toBeGreaterThan(mainBottom);
    expect(sub.position.y + sub.size!.height).toBeLessThan(out.process.size.height);
    const inner = ['TestErrorStart_1', 'TestErrorEnd_2'].map((id) => pos(out, id));
    expect(inner[0]!.position.x).toBeLessThan(inner[1]!.position.x);
    for (const s of inner) expect(s.position.x + stepSize(s).width).toBeLessThan(sub.size!.width);
  });
  it('is deterministic', async () => {
    expect(await layoutFlow(messyHello())).toEqual(await layoutFlow(messyHello()));
  });
  it('computes an arrangement that flow.arrange applies as the same layout', async () => {
    const flow = deepFreeze(messyHello());
    const arrangement = await computeLayout(flow);
    expect(arrangement.steps.map((s) => s.id)).toEqual(flow.process.steps.map((s) => s.id));
    expect(arrangement.participants.map((p) => p.id)).toEqual(flow.participants.map((p) => p.id));
    expect(arrangement.process.position).toBeUndefined();
    expect(run(flow, 'flow.arrange', arrangement)).toEqual(await layoutFlow(flow));
  });
});
