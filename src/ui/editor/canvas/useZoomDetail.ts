import { useStore } from '@xyflow/react';

/**
 * Below this zoom a big flow is drawn as bare shapes (names and icons are unreadable there, and
 * drawing them makes panning stutter). Small flows keep every detail — names, run badges — at
 * any zoom: the simulation panel often squeezes the canvas below this zoom.
 */
export const FAR_ZOOM = 0.5;
/**
 * Only what is on screen is rendered when the flow is big and the view zoomed in this far.
 * Zoomed further out a large part of the flow is on screen, and mounting the steps that scroll
 * in on every pan frame (React plus a ResizeObserver measure each) costs more than it saves:
 * panning the 1,000-step bench flow costs the same either way at about 0.3.
 */
export const VIRTUALIZE_ZOOM = 0.35;
/**
 * Below VIRTUALIZE_ZOOM, only what is on screen is still rendered while the view shows less than
 * this share of the flow's area: panning the 5,000-step bench flow at 0.33 had a frame p95 of
 * 50-67 ms with all its steps mounted, 16.7 ms with the 80 on screen. About half the 1,000-step
 * bench flow is on screen at 0.3, where both ways cost the same.
 */
export const VIRTUALIZE_SHARE = 0.4;
/** Flows up to this many nodes are always fully rendered, with full detail. */
export const VIRTUALIZE_FROM = 150;

export interface ZoomDetail {
  /** Level of detail: true for a big flow below FAR_ZOOM (canvas.css hides text and icons). */
  far: boolean;
  /** Value for React Flow's onlyRenderVisibleElements. */
  virtualize: boolean;
}

/**
 * The rendering choices for a zoom level and flow size; `viewShare` is the canvas's area
 * divided by the flow's, both at this zoom (1 when unknown).
 */
export function zoomDetail(zoom: number, nodeCount: number, viewShare = 1): ZoomDetail {
  const big = nodeCount > VIRTUALIZE_FROM;
  return {
    far: big && zoom < FAR_ZOOM,
    virtualize: big && (zoom >= VIRTUALIZE_ZOOM || viewShare < VIRTUALIZE_SHARE),
  };
}

/**
 * zoomDetail for the current viewport; `flowArea` is the area the flow's top-level nodes cover
 * (flow units). The selectors return booleans, so the canvas re-renders only when a threshold
 * is crossed, never on a plain pan or zoom step.
 */
export function useZoomDetail(nodeCount: number, flowArea: number): ZoomDetail {
  const share = (s: { width: number; height: number; transform: [number, number, number] }) =>
    flowArea > 0 && s.width > 0
      ? (s.width * s.height) / (s.transform[2] * s.transform[2] * flowArea)
      : 1;
  const far = useStore((s) => zoomDetail(s.transform[2], nodeCount).far);
  const virtualize = useStore((s) => zoomDetail(s.transform[2], nodeCount, share(s)).virtualize);
  return { far, virtualize };
}

/** Area of the box around the given top-level nodes (flow units), 0 when there are none. */
export function boundsArea(
  nodes: readonly { position: { x: number; y: number }; width?: number; height?: number }[],
): number {
  if (nodes.length === 0) return 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return (x1 - x0) * (y1 - y0);
}

/** Zoom a big flow opens at: 100 %, as CPI's editor opens a flow. */
export const OPEN_ZOOM = 1;
/** Room left between the canvas's top-left corner and the flow when a big flow opens. */
export const OPEN_MARGIN = 40;

/** A viewport as React Flow takes it (`defaultViewport`). */
export interface OpeningView {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where the canvas opens: a small flow is fitted to the canvas (null: React Flow's fitView);
 * a big one, which would fit only as unreadable specks, opens at 100 % on its top-left corner
 * (the sender and the start of the process), where reading it begins. "Fit view" in the header
 * and the minimap show the whole. Only the visible part of it is then rendered (VIRTUALIZE_ZOOM).
 */
export function openingView(
  nodeCount: number,
  topLevel: readonly { x: number; y: number }[],
): OpeningView | null {
  if (nodeCount <= VIRTUALIZE_FROM || topLevel.length === 0) return null;
  let x = Infinity;
  let y = Infinity;
  for (const p of topLevel) {
    x = Math.min(x, p.x);
    y = Math.min(y, p.y);
  }
  return { x: OPEN_MARGIN - x * OPEN_ZOOM, y: OPEN_MARGIN - y * OPEN_ZOOM, zoom: OPEN_ZOOM };
}

// Where each flow was last seen in this tab, so that coming back to a flow (from its package,
// another flow or the tenant views) shows it as it was left. Kept for the page's lifetime only.
const lastViews = new Map<string, OpeningView>();

/** Remembers the view a flow was left in (called when a pan or zoom ends). */
export function rememberView(flowId: string, view: OpeningView): void {
  lastViews.set(flowId, { x: view.x, y: view.y, zoom: view.zoom });
}

/** The view a flow opens in: as it was last left in this tab, else openingView. */
export function viewOnOpen(
  flowId: string,
  nodeCount: number,
  topLevel: readonly { x: number; y: number }[],
): OpeningView | null {
  return lastViews.get(flowId) ?? openingView(nodeCount, topLevel);
}
