import type { MarkerType } from '@xyflow/react';
import type { Flow, MessageFlow, SequenceFlow } from '../../../core';
import { cpiExt } from '../../../core/io/cpi/ext';
import { absoluteElementPosition } from '../../../core/model/geometry';
import { sameOrNext, Z } from './flowToNodes';
import type { CanvasEdge } from './nodeTypes';

// 'arrowclosed' is MarkerType.ArrowClosed; the string keeps this module free of React Flow's runtime.
const ARROW = { type: 'arrowclosed' as MarkerType, width: 18, height: 18 };

function sequenceEdge(
  link: SequenceFlow,
  from: string,
  to: string,
  bends: [number, number][] | null,
): CanvasEdge {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    type: bends ? 'bent' : 'smoothstep',
    markerEnd: ARROW,
    zIndex: Z.edge,
    data: bends ? { kind: 'sequence', bends } : { kind: 'sequence' },
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

/**
 * The inner bends of CPI's waypoints for an imported link whose two ends are still where they
 * were imported (the export writes the same waypoints then), else null: the canvas routes it.
 */
export function keptBends(flow: Flow, link: SequenceFlow): [number, number][] | null {
  const d = cpiExt(link.extensions).diagram;
  if (!d || !Array.isArray(d.waypoints) || d.waypoints.length < 3 || !Array.isArray(d.ends))
    return null;
  const still = (p: unknown, id: string) => {
    const at = absoluteElementPosition(flow, id);
    return (
      !!at &&
      Array.isArray(p) &&
      Math.abs(Number(p[0]) - at.x) < 0.5 &&
      Math.abs(Number(p[1]) - at.y) < 0.5
    );
  };
  if (!still(d.ends[0], link.source) || !still(d.ends[1], link.target)) return null;
  const inner = d.waypoints.slice(1, -1);
  return inner.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]))
    ? inner.map(([x, y]) => [x, y] as [number, number])
    : null;
}

/** Class of a link the last simulation's message went along. */
const TRAVELLED = 'ifs-edge--travelled';
export const isTravelled = (e: { className?: string }): boolean =>
  e.className?.includes(TRAVELLED) ?? false;

interface Entry {
  deps: readonly unknown[];
  edge: CanvasEdge;
}

/**
 * Mapper flow → React Flow edges. Like the node mapper it reuses edge objects whose link,
 * end names, selection and "travelled" flag are unchanged, and the whole array when they all are.
 */
export function createEdgeMapper() {
  let cache = new Map<string, Entry>();
  let last: CanvasEdge[] | null = null;
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
      make: (from: string, to: string, bends: [number, number][] | null) => CanvasEdge,
    ): CanvasEdge => {
      const from = names.get(link.source) ?? link.source;
      const to = names.get(link.target) ?? link.target;
      const selected = selection.has(link.id);
      const hot = travelled.has(link.id);
      // An imported link with CPI's bends is redrawn when one of its ends moves.
      const bends = 'adapter' in link ? null : keptBends(flow, link);
      const deps = [link, from, to, selected, hot, bends ? JSON.stringify(bends) : null];
      const hit = cache.get(link.id);
      if (hit && hit.deps.every((d, i) => d === deps[i])) {
        next.set(link.id, hit);
        return hit.edge;
      }
      let edge = make(from, to, bends);
      if (selected) edge = { ...edge, selected: true };
      if (hot) edge = { ...edge, className: `${edge.className ?? ''} ${TRAVELLED}` };
      next.set(link.id, { deps, edge });
      return edge;
    };
    const edges = [
      ...flow.process.sequenceFlows.map((l) =>
        take(l, (a, b, bends) => sequenceEdge(l, a, b, bends)),
      ),
      ...flow.messageFlows.map((l) => take(l, (a, b) => messageEdge(l, a, b))),
    ];
    cache = next;
    // A move or an undo of one leaves the links alone: the same array, no store update.
    last = sameOrNext(last, edges);
    return last;
  };
}
