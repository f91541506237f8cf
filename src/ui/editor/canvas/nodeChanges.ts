import type { NodeChange } from '@xyflow/react';
import { isOwnPool, type Flow, type Point } from '../../../core';
import type { CanvasNode, NodeOverride } from './nodeTypes';

export interface ChangeOutcome {
  /** New transient overrides, or null when unchanged. */
  overrides: Map<string, NodeOverride> | null;
  /** Positions to commit as one element.move (rounded to whole pixels). */
  moves: { id: string; position: { x: number; y: number } }[];
  /** True when the moves end a mouse drag (one undo step of its own); false for arrow-key nudges. */
  endedDrag: boolean;
  /** Node and size to commit (process.resize or step.resize) when a resize gesture ended. */
  resizeEnd: { id: string; size: { width: number; height: number } } | null;
}

const round = (p: { x: number; y: number }) => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Reads React Flow's node changes for a controlled canvas: positions while dragging and sizes
 * while resizing go to transient overrides; the end of a drag (dragging: false after a drag),
 * an arrow-key nudge (dragging: false without a drag) and the end of a resize become commits.
 * Selection and measurement changes are not handled here.
 */
export function interpretNodeChanges(
  prev: ReadonlyMap<string, NodeOverride>,
  changes: readonly NodeChange<CanvasNode>[],
): ChangeOutcome {
  const out: ChangeOutcome = { overrides: null, moves: [], endedDrag: false, resizeEnd: null };
  const edit = () => (out.overrides ??= new Map(prev));
  // The resizer reports positions too (in the same batch, before the size): not a move.
  const resizing = new Set(
    changes.flatMap((c) => (c.type === 'dimensions' && c.resizing !== undefined ? [c.id] : [])),
  );
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      if (resizing.has(c.id) || prev.get(c.id)?.size) continue;
      if (c.dragging) {
        edit().set(c.id, { ...prev.get(c.id), position: c.position });
        continue;
      }
      if (prev.has(c.id)) {
        out.endedDrag = true;
        edit().delete(c.id);
      }
      out.moves.push({ id: c.id, position: round(c.position) });
    } else if (c.type === 'dimensions' && c.dimensions && c.resizing !== undefined) {
      if (c.resizing) {
        edit().set(c.id, { size: c.dimensions });
      } else {
        out.resizeEnd = {
          id: c.id,
          size: { width: Math.round(c.dimensions.width), height: Math.round(c.dimensions.height) },
        };
        edit().delete(c.id);
      }
    }
  }
  return out;
}

/**
 * React Flow's positions as the model keeps them: a Local Integration Process is a top-level
 * node (a pool of its own) but its model position is relative to the Integration Process,
 * taken at the pool's new place when both move together (see element.move).
 */
export function toModelMoves(
  flow: Flow,
  moves: { id: string; position: Point }[],
): { id: string; position: Point }[] {
  const pool = moves.find((m) => m.id === flow.process.id)?.position ?? flow.process.position;
  let own: Set<string> | undefined;
  return moves.map((m) => {
    own ??= new Set(flow.process.steps.filter(isOwnPool).map((s) => s.id));
    return own.has(m.id)
      ? { id: m.id, position: { x: m.position.x - pool.x, y: m.position.y - pool.y } }
      : m;
  });
}
