import { useCallback, useRef, useState } from 'react';
import type { EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import { editorStore } from '../../../store/editorStore';
import { alertError } from '../../shell/notify';
import { interpretNodeChanges, toModelMoves } from './nodeChanges';
import type { CanvasEdge, CanvasNode, NodeOverride } from './nodeTypes';

type Overrides = ReadonlyMap<string, NodeOverride>;

function applySelection(changes: (NodeChange<CanvasNode> | EdgeChange<CanvasEdge>)[]) {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return;
  const state = editorStore.getState();
  const next = new Set(state.selection);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  state.select([...next]);
}

/**
 * React Flow runs controlled: this turns its change events into commands. Positions and sizes
 * during a drag or resize live in `overrides` (transient); the gesture's end commits ONE
 * element.move (every dragged node), process.resize (pool) or step.resize (subprocess).
 * Arrow-key nudges arrive as position changes without a drag and are committed with a shared
 * coalesce key, so a burst of nudges is one undo step. Selection goes to the store (not
 * undoable).
 */
export function useCanvasChanges() {
  const [overrides, setOverrides] = useState<Overrides>(() => new Map());
  // The ref is the source of truth inside the handler (it must see the previous event's state
  // synchronously); the state copy re-renders the canvas.
  const current = useRef<Overrides>(overrides);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    applySelection(changes);
    const {
      overrides: next,
      moves,
      endedDrag,
      resizeEnd,
    } = interpretNodeChanges(current.current, changes);
    const { dispatch, flow } = editorStore.getState();
    if (moves.length > 0 && flow) {
      const key = endedDrag
        ? undefined
        : `nudge:${moves
            .map((m) => m.id)
            .sort()
            .join(',')}`;
      const r = dispatch(
        'element.move',
        { moves: toModelMoves(flow, moves) },
        key ? { coalesceKey: key } : undefined,
      );
      if (!r.ok) alertError(r.error);
    }
    if (resizeEnd) {
      // The pool resizes as process.resize; a subprocess (the only other resizable node) as
      // step.resize, which refuses anything else with a reason.
      const { id, size } = resizeEnd;
      const r =
        id === editorStore.getState().flow?.process.id
          ? dispatch('process.resize', { size })
          : dispatch('step.resize', { id, size });
      if (!r.ok) alertError(r.error);
    }
    // After the commit, so the node never shows its old model position for a frame.
    if (next) {
      current.current = next;
      setOverrides(next);
    }
  }, []);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => applySelection(changes),
    [],
  );

  const onDelete: OnDelete<CanvasNode, CanvasEdge> = useCallback(({ nodes, edges }) => {
    const ids = [
      ...nodes.filter((n) => n.type !== 'pool').map((n) => n.id),
      ...edges.map((e) => e.id),
    ];
    if (ids.length === 0) return;
    const r = editorStore.getState().dispatch('element.delete', { ids });
    if (!r.ok) alertError(r.error);
  }, []);

  return { overrides, onNodesChange, onEdgesChange, onDelete };
}
