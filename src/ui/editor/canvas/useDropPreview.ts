import { useEffect, useMemo, useState, type DragEvent } from 'react';
import type { Point } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { sequenceFlowAt } from './linkAtPoint';
import type { CanvasEdge } from './nodeTypes';

const CLASS = 'ifs-edge--drop-target';

/** Whether the link is the one a step dragged from the palette would be inserted into. */
export const isDropTarget = (e: { className?: string }): boolean =>
  e.className?.includes(CLASS) ?? false;

/**
 * While a step is dragged from the palette over the canvas, the link it would be inserted into
 * (the one under the pointer, as the drop will find it) is highlighted. The state changes only
 * when the pointer reaches another link, not on every drag-over event, and only that edge's
 * object changes.
 */
export function useDropPreview() {
  const [linkId, setLinkId] = useState<string | null>(null);
  const preview = useMemo(
    () => ({
      show(point: Point) {
        const flow = editorStore.getState().flow;
        setLinkId(flow ? (sequenceFlowAt(flow, point)?.id ?? null) : null);
      },
      clear: () => setLinkId(null),
      onDragLeave(e: DragEvent) {
        // Leaving the canvas (not moving between its children) ends the preview.
        const to = e.relatedTarget as Node | null;
        if (to && !(e.currentTarget as Element).contains(to)) setLinkId(null);
      },
    }),
    [],
  );
  useEffect(() => {
    // A drag ended anywhere (dropped elsewhere, Escape) ends it too.
    document.addEventListener('dragend', preview.clear);
    return () => document.removeEventListener('dragend', preview.clear);
  }, [preview]);
  return { ...preview, linkId };
}

/** The edges with the drop target marked (the same array when there is none). */
export function markDropTarget(edges: CanvasEdge[], linkId: string | null): CanvasEdge[] {
  if (!linkId) return edges;
  return edges.map((e) =>
    e.id === linkId ? { ...e, className: `${e.className ?? ''} ${CLASS}`.trim() } : e,
  );
}
