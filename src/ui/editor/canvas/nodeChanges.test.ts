import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { interpretNodeChanges } from './nodeChanges';
import type { CanvasNode, NodeOverride } from './nodeTypes';

type Change = NodeChange<CanvasNode>;
const pos = (id: string, x: number, y: number, dragging?: boolean): Change => ({
  id,
  type: 'position',
  position: { x, y },
  ...(dragging === undefined ? {} : { dragging }),
});

describe('interpretNodeChanges', () => {
  it('keeps drag positions transient and commits every dragged node once at the end', () => {
    const during = interpretNodeChanges(new Map(), [
      pos('A', 10.4, 20, true),
      pos('B', 5, 5, true),
    ]);
    expect(during.moves).toEqual([]);
    expect([...during.overrides!.keys()]).toEqual(['A', 'B']);

    const end = interpretNodeChanges(during.overrides!, [
      pos('A', 12.6, 21.2, false),
      pos('B', 6, 6, false),
    ]);
    expect(end.endedDrag).toBe(true);
    expect(end.moves).toEqual([
      { id: 'A', position: { x: 13, y: 21 } },
      { id: 'B', position: { x: 6, y: 6 } },
    ]);
    expect(end.overrides!.size).toBe(0);
  });

  it('treats a position change without a preceding drag as a keyboard nudge', () => {
    const nudge = interpretNodeChanges(new Map(), [pos('A', 15, 20)]);
    expect(nudge).toMatchObject({
      endedDrag: false,
      overrides: null,
      moves: [{ id: 'A', position: { x: 15, y: 20 } }],
    });
  });

  it('keeps a resize transient and reports its final size', () => {
    const resizing: Change = {
      id: 'P',
      type: 'dimensions',
      resizing: true,
      dimensions: { width: 700.2, height: 300 },
    };
    const during = interpretNodeChanges(new Map(), [resizing, pos('P', 0, 0)]);
    expect(during.overrides!.get('P')).toEqual({ size: { width: 700.2, height: 300 } });
    expect(during.moves).toEqual([]);
    // While resizing, the resizer's position reports are ignored.
    expect(interpretNodeChanges(during.overrides!, [pos('P', 1, 1)]).moves).toEqual([]);

    const done: Change = {
      id: 'P',
      type: 'dimensions',
      resizing: false,
      dimensions: { width: 710.6, height: 310 },
    };
    const end = interpretNodeChanges(during.overrides!, [done]);
    expect(end.resizeEnd).toEqual({ id: 'P', size: { width: 711, height: 310 } });
    expect(end.overrides!.has('P')).toBe(false);
  });

  it('ignores measurements and selection', () => {
    const prev = new Map<string, NodeOverride>();
    const out = interpretNodeChanges(prev, [
      { id: 'A', type: 'dimensions', dimensions: { width: 1, height: 1 } },
      { id: 'A', type: 'select', selected: true },
    ]);
    expect(out).toEqual({ overrides: null, moves: [], endedDrag: false, resizeEnd: null });
  });
});
