import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { newFlow } from '../../../core/model/factory';
import { farKind, farLinkPaths, measuredIds } from './FarLinks';
import { createNodeMapper } from './flowToNodes';
import type { CanvasEdge } from './nodeTypes';

type Lookup = ReactFlowState['nodeLookup'];

/** A measured node at (x, y), 100 × 40, with a source point right and a target point left. */
function node(id: string, x: number, y: number, measured = true) {
  const point = (type: 'source' | 'target', px: number) => ({
    id: null,
    nodeId: id,
    type,
    position: type === 'source' ? 'right' : 'left',
    x: px,
    y: 15,
    width: 10,
    height: 10,
  });
  return [
    id,
    {
      id,
      position: { x, y },
      data: {},
      measured: { width: 100, height: 40 },
      internals: {
        positionAbsolute: { x, y },
        z: 0,
        userNode: {},
        handleBounds: measured
          ? { source: [point('source', 90)], target: [point('target', 0)] }
          : undefined,
      },
    },
  ] as const;
}

const link = (id: string, source: string, target: string, extra: Partial<CanvasEdge> = {}) =>
  ({ id, source, target, data: { kind: 'sequence' }, ...extra }) as CanvasEdge;

describe('far view links', () => {
  const lookup = new Map([
    node('A', 0, 0),
    node('B', 300, 0),
    node('C', 600, 0),
    node('D', 900, 0, false),
  ]) as unknown as Lookup;

  it('draws each kind of link as one path, between the measured connection points', () => {
    const [sequence, message, travelled, selected] = farLinkPaths(
      [
        link('L1', 'A', 'B', { data: { kind: 'sequence', bends: [[200, 100]] } }),
        link('L2', 'B', 'C', { selected: true }),
        link('L3', 'C', 'D'),
      ],
      lookup,
    );
    // CPI's bends as given: from A's right point (100, 20) through (200, 100) to B's left one.
    expect(sequence).toBe('M100,20L200,100L300,20');
    expect(message).toBe('');
    expect(travelled).toBe('');
    // The rest as React Flow's smooth step; L3's target was never drawn, so it is left out.
    expect(selected).toMatch(/^M ?400[ ,]20/);
    expect(selected?.match(/M/g)).toHaveLength(1);
  });

  it('sorts a link by what it shows: selected, then travelled, then its own kind', () => {
    expect(farKind(link('L', 'A', 'B', { data: { kind: 'message' } }))).toBe('message');
    expect(farKind(link('L', 'A', 'B', { className: 'ifs-edge ifs-edge--travelled' }))).toBe(
      'travelled',
    );
    expect(farKind(link('L', 'A', 'B', { selected: true, className: 'ifs-edge--travelled' }))).toBe(
      'selected',
    );
  });
});

describe('measuredIds', () => {
  it('lists only the nodes React Flow measures in the page: containers, not steps or participants', () => {
    const nodes = createNodeMapper()(newFlow({ name: 'F' }), new Set(), new Map());
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['StartEvent_1', 'EndEvent_1', 'Participant_1']),
    );
    expect(measuredIds(nodes)).toEqual(['Process_1']);
  });
});
