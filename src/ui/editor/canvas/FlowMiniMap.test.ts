import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { shapesOf } from './FlowMiniMap';

type Lookup = ReactFlowState['nodeLookup'];

function state(nodes: { id: string; type: string; x: number; y: number; hidden?: boolean }[]) {
  const list = nodes.map((n) => ({ ...n, position: { x: n.x, y: n.y }, data: {} }));
  const lookup = new Map(
    list.map((n) => [
      n.id,
      {
        ...n,
        measured: { width: 100, height: 50 },
        internals: { positionAbsolute: { x: n.x, y: n.y }, z: 0, userNode: n },
      },
    ]),
  ) as unknown as Lookup;
  return { nodes: list as unknown as ReactFlowState['nodes'], nodeLookup: lookup };
}

describe('minimap shapes', () => {
  it('draws every shown node as a rectangle in one path per kind, pool first, with their bounds', () => {
    const s = state([
      { id: 'P', type: 'pool', x: 0, y: 0 },
      { id: 'S', type: 'participant', x: -200, y: 10 },
      { id: 'A', type: 'step', x: 20, y: 30 },
      { id: 'B', type: 'container', x: 300, y: 400 },
      { id: 'H', type: 'step', x: 9000, y: 9000, hidden: true },
    ]);
    const shapes = shapesOf(s);
    expect(shapes.paths).toEqual([
      'M0,0h100v50h-100z',
      'M-200,10h100v50h-100z',
      'M20,30h100v50h-100zM300,400h100v50h-100z',
    ]);
    expect(shapes.bounds).toEqual({ x: -200, y: 0, width: 600, height: 450 });
    // Computed once per node list: a pan frame reuses them.
    expect(shapesOf(s)).toBe(shapes);
  });

  it('has no bounds without a shown node', () => {
    expect(shapesOf(state([])).bounds).toBeNull();
  });
});
