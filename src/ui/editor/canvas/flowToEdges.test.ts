import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/commands';
import { importIflw } from '../../../core/io/cpi';
import { helloWorldIflw, withBentStartLink } from '../../../core/io/cpi/fixtures/iflwBuilder';
import { createEdgeMapper } from './flowToEdges';

/** Hello World whose Start → Script link CPI drew with a bend at (380, 200). */
const bent = () => withBentStartLink(helloWorldIflw());

const none = new Set<string>();

describe('imported links on the canvas', () => {
  it("are drawn through CPI's bends while their ends stay put, and routed once one moves", async () => {
    const { flow } = await importIflw(bent(), 'bent.iflw');
    const map = createEdgeMapper();
    const edges = map(flow, none, none);
    const bentEdge = edges.find((e) => e.id === 'SequenceFlow_3')!;
    expect(bentEdge.type).toBe('bent');
    expect(bentEdge.data?.bends).toEqual([[380, 200]]);
    expect(bentEdge.ariaLabel).toBe('Sequence flow from Start to Script 1');
    // A straight CPI link keeps the canvas's own routing.
    expect(edges.find((e) => e.id === 'SequenceFlow_5')!.type).toBe('smoothstep');

    const script = flow.process.steps.find((s) => s.id === 'CallActivity_1')!;
    const moved = applyCommand(flow, 'element.move', {
      moves: [{ id: script.id, position: { x: script.position.x + 100, y: script.position.y } }],
    }).flow;
    const after = map(moved, none, none).find((e) => e.id === 'SequenceFlow_3')!;
    expect(after.type).toBe('smoothstep');
    expect(after.data?.bends).toBeUndefined();
  });

  it('gives the same array while every link is unchanged (a move of a step without bends)', async () => {
    const { flow } = await importIflw(helloWorldIflw(), 'hello.iflw');
    const map = createEdgeMapper();
    const a = map(flow, none, none);
    const end = flow.process.steps.find((s) => s.type === 'endEvent')!;
    const moved = applyCommand(flow, 'element.move', {
      moves: [{ id: end.id, position: { x: end.position.x + 40, y: end.position.y } }],
    }).flow;
    expect(map(moved, none, none)).toBe(a);
    const selected = map(moved, new Set([a[0]!.id]), none);
    expect(selected).not.toBe(a);
    expect(selected[0]?.selected).toBe(true);
  });
});
