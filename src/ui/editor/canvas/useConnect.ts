import { useCallback } from 'react';
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { canConnect } from '../../../core/rules';
import { findElement } from '../../../core/model/elements';
import { editorStore } from '../../../store/editorStore';
import { alertError } from '../../shell/notify';
import { editorUi } from '../editorUi';
import type { CanvasEdge } from './nodeTypes';

/**
 * Connects two elements: a sequence flow at once; a message flow first asks for the adapter
 * type (the adapter dialog dispatches link.connect). Errors are always shown.
 */
export function connectElements(source: string, target: string): void {
  const { flow, dispatch, select } = editorStore.getState();
  if (!flow) return;
  const check = canConnect(flow, source, target);
  if (!check.ok) {
    alertError(check.reason);
    return;
  }
  if (check.kind === 'message') {
    const from = findElement(flow, source);
    const direction = from?.kind === 'participant' ? 'sender' : 'receiver';
    editorUi.setState({ pendingAdapter: { source, target, direction } });
    return;
  }
  const r = dispatch('link.connect', { source, target });
  if (!r.ok) alertError(r.error);
  else select(r.created);
}

/** The node id under a pointer event, if any (to accept drops on a node's body, not just handles). */
function nodeUnderPointer(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const el = document.elementFromPoint(point.clientX, point.clientY);
  const node = el?.closest<HTMLElement>('.react-flow__node');
  return node?.dataset.id ?? null;
}

export function useConnect() {
  const isValidConnection: IsValidConnection<CanvasEdge> = useCallback((c: Connection | Edge) => {
    const flow = editorStore.getState().flow;
    return !!flow && canConnect(flow, c.source, c.target).ok;
  }, []);

  const onConnect = useCallback((c: Connection) => connectElements(c.source, c.target), []);

  /**
   * A drop that React Flow did not accept: on a refused handle say why; on a node's body (no
   * handle near) connect to that node as users expect. A drop on empty canvas just cancels.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const other = state.toNode?.id ?? nodeUnderPointer(event);
      if (!other || other === state.fromNode.id) {
        if (other) alertError('An element cannot be connected to itself');
        return;
      }
      const fromTarget = state.fromHandle?.type === 'target';
      const source = fromTarget ? other : state.fromNode.id;
      const target = fromTarget ? state.fromNode.id : other;
      const flow = editorStore.getState().flow;
      if (!flow) return;
      const kind = findElement(flow, other)?.kind;
      if (kind === 'process') return; // released over the pool's empty area: a cancel, not a refusal
      connectElements(source, target);
    },
    [],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
