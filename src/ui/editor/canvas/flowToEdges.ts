import type { MarkerType } from '@xyflow/react';
import type { Flow, MessageFlow, SequenceFlow } from '../../../core';
import { Z } from './flowToNodes';
import type { CanvasEdge } from './nodeTypes';

// 'arrowclosed' is MarkerType.ArrowClosed; the string keeps this module free of React Flow's runtime.
const ARROW = { type: 'arrowclosed' as MarkerType, width: 18, height: 18 };

function sequenceEdge(link: SequenceFlow, from: string, to: string): CanvasEdge {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    type: 'smoothstep',
    markerEnd: ARROW,
    zIndex: Z.edge,
    data: { kind: 'sequence' },
    className: 'ifs-edge ifs-edge--sequence',
    ariaLabel: `Sequence flow from ${from} to ${to}`,
    ...(link.name ? { label: link.name } : {}),
  };
}

function messageEdge(link: MessageFlow, from: string, to: string): CanvasEdge {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    type: 'message',
    markerEnd: ARROW,
    label: link.adapter.type,
    zIndex: Z.edge,
    data: { kind: 'message' },
    className: 'ifs-edge ifs-edge--message',
    ariaLabel: `Message flow ${link.adapter.type} from ${from} to ${to}`,
  };
}

interface Entry {
  deps: readonly unknown[];
  edge: CanvasEdge;
}

/**
 * Mapper flow → React Flow edges. Like the node mapper it reuses edge objects whose link,
 * end names, selection and "travelled" flag are unchanged.
 */
export function createEdgeMapper() {
  let cache = new Map<string, Entry>();
  return function mapEdges(
    flow: Flow,
    selection: ReadonlySet<string>,
    travelled: ReadonlySet<string>,
  ): CanvasEdge[] {
    const names = new Map<string, string>();
    for (const s of flow.process.steps) names.set(s.id, s.name);
    for (const p of flow.participants) names.set(p.id, p.name);
    const next = new Map<string, Entry>();
    const take = (
      link: SequenceFlow | MessageFlow,
      make: (from: string, to: string) => CanvasEdge,
    ): CanvasEdge => {
      const from = names.get(link.source) ?? link.source;
      const to = names.get(link.target) ?? link.target;
      const selected = selection.has(link.id);
      const hot = travelled.has(link.id);
      const deps = [link, from, to, selected, hot];
      const hit = cache.get(link.id);
      if (hit && hit.deps.every((d, i) => d === deps[i])) {
        next.set(link.id, hit);
        return hit.edge;
      }
      let edge = make(from, to);
      if (selected) edge = { ...edge, selected: true };
      if (hot) edge = { ...edge, className: `${edge.className ?? ''} ifs-edge--travelled` };
      next.set(link.id, { deps, edge });
      return edge;
    };
    const edges = [
      ...flow.process.sequenceFlows.map((l) => take(l, (a, b) => sequenceEdge(l, a, b))),
      ...flow.messageFlows.map((l) => take(l, (a, b) => messageEdge(l, a, b))),
    ];
    cache = next;
    return edges;
  };
}
