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
