import { useStore } from '@xyflow/react';

/** Below this zoom the canvas draws steps as bare shapes: names and icons are unreadable there. */
export const FAR_ZOOM = 0.5;
/**
 * Only what is on screen is rendered when the flow is big and the view zoomed in this far.
 * Zoomed further out most nodes are on screen anyway, and mounting the ones that scroll in on
 * every pan frame (React plus a ResizeObserver measure each) costs more than it saves.
 */
export const VIRTUALIZE_ZOOM = 0.5;
/** Flows up to this many nodes are always fully rendered. */
export const VIRTUALIZE_FROM = 150;

export interface ZoomDetail {
  /** Level of detail: true below FAR_ZOOM (canvas.css hides text and icons). */
  far: boolean;
  /** Value for React Flow's onlyRenderVisibleElements. */
  virtualize: boolean;
}

/**
 * Zoom-dependent rendering choices. The selector returns a boolean, so the canvas re-renders
 * only when the zoom crosses the threshold, never on a plain pan or zoom step.
 */
export function useZoomDetail(nodeCount: number): ZoomDetail {
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  const zoomedIn = useStore((s) => s.transform[2] >= VIRTUALIZE_ZOOM);
  return { far, virtualize: nodeCount > VIRTUALIZE_FROM && zoomedIn };
}
