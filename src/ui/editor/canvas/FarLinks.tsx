import { memo, useCallback, useMemo } from 'react';
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { ConnectionMode, getEdgePosition, getSmoothStepPath } from '@xyflow/system';
import { isTravelled } from './flowToEdges';
import type { CanvasEdge } from './nodeTypes';

/** How the links of a far view are drawn, bottom to top. */
export type FarLinkKind = 'sequence' | 'message' | 'travelled' | 'selected';
const KINDS: readonly FarLinkKind[] = ['sequence', 'message', 'travelled', 'selected'];

/** The kind a link is drawn as (selection and a simulation's path win over its own kind). */
export function farKind(edge: CanvasEdge): FarLinkKind {
  if (edge.selected) return 'selected';
  if (isTravelled(edge)) return 'travelled';
  return edge.data?.kind === 'message' ? 'message' : 'sequence';
}

type Lookup = ReactFlowState['nodeLookup'];

/**
 * The nodes whose connection points React Flow measures in the page (containers: their border
 * moves their points); the others carry theirs (`handles`) and never wait for a measure.
 */
export function measuredIds(nodes: ReactFlowState['nodes']): string[] {
  const ids: string[] = [];
  for (const node of nodes) if (!node.handles) ids.push(node.id);
  return ids;
}

/**
 * One SVG path per kind for all the given links: the links' own route (CPI's bends, else React
 * Flow's smooth step) between their connection points as React Flow measured them. A link
 * whose end was never drawn (and so never measured) is left out, as React Flow leaves it out.
 */
export function farLinkPaths(edges: readonly CanvasEdge[], lookup: Lookup): string[] {
  const parts: Record<FarLinkKind, string[]> = {
    sequence: [],
    message: [],
    travelled: [],
    selected: [],
  };
  for (const edge of edges) {
    const sourceNode = lookup.get(edge.source);
    const targetNode = lookup.get(edge.target);
    if (!sourceNode || !targetNode) continue;
    const at = getEdgePosition({
      id: edge.id,
      sourceNode,
      targetNode,
      sourceHandle: edge.sourceHandle ?? null,
      targetHandle: edge.targetHandle ?? null,
      connectionMode: ConnectionMode.Strict,
    });
    if (!at) continue;
    const bends = edge.data?.bends;
    const path = bends?.length
      ? [[at.sourceX, at.sourceY], ...bends, [at.targetX, at.targetY]]
          .map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`)
          .join('')
      : getSmoothStepPath(at)[0];
    parts[farKind(edge)].push(path);
  }
  return KINDS.map((k) => parts[k].join(''));
}

/**
 * The links of a big flow zoomed out below FAR_ZOOM, drawn as four paths in the viewport
 * instead of one React Flow edge component each (about 11 MB of JS heap and a store
 * subscription per link on every pan frame at 1,000 links). At that zoom a link is a hairline
 * and its label and arrow are not drawn anyway; they are not focusable or clickable here:
 * zoomed in they are React Flow's edges again, and the properties panel's Connections group
 * manages links at any zoom. The canvas keeps selected links and the drop target as edges.
 */
function FarLinksView({ edges }: { edges: readonly CanvasEdge[] }) {
  // Redraw when a node moves (React Flow replaces `nodes`) or a container's points are
  // measured (React Flow measures without a new `nodes`). The selector runs on every store
  // update, each pan frame too, so it looks at the few measured nodes only.
  const nodes = useStore((s) => s.nodes);
  const measured = useMemo(() => measuredIds(nodes), [nodes]);
  useStore(
    useCallback(
      (s: ReactFlowState) => {
        let n = 0;
        for (const id of measured) if (s.nodeLookup.get(id)?.internals.handleBounds) n++;
        return n;
      },
      [measured],
    ),
  );
  const lookup = useStore((s) => s.nodeLookup);
  const paths = farLinkPaths(edges, lookup);
  return (
    <ViewportPortal>
      <svg className="ifs-far-links" aria-hidden="true" focusable="false">
        {KINDS.map((kind, i) => (
          <path key={kind} className={`ifs-far-links__${kind}`} d={paths[i]} />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const FarLinks = memo(FarLinksView);
