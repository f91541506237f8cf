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
/** Flows up to this many nodes are always fully rendered, with full detail. */
export const VIRTUALIZE_FROM = 150;

export interface ZoomDetail {
  /** Level of detail: true for a big flow below FAR_ZOOM (canvas.css hides text and icons). */
  far: boolean;
  /** Value for React Flow's onlyRenderVisibleElements. */
  virtualize: boolean;
}

/** The rendering choices for a zoom level and flow size. */
export function zoomDetail(zoom: number, nodeCount: number): ZoomDetail {
  return {
    far: nodeCount > VIRTUALIZE_FROM && zoom < FAR_ZOOM,
    virtualize: nodeCount > VIRTUALIZE_FROM && zoom >= VIRTUALIZE_ZOOM,
  };
}

/**
 * zoomDetail for the current viewport. The selectors return booleans, so the canvas re-renders
 * only when the zoom crosses a threshold, never on a plain pan or zoom step.
 */
export function useZoomDetail(nodeCount: number): ZoomDetail {
  const far = useStore((s) => zoomDetail(s.transform[2], nodeCount).far);
  const virtualize = useStore((s) => zoomDetail(s.transform[2], nodeCount).virtualize);
  return { far, virtualize };
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
