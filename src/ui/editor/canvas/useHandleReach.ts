import { useLayoutEffect, type RefObject } from 'react';
import { useStore } from '@xyflow/react';

/** The drawn connection point, in flow pixels (canvas.css). */
const POINT = 10;
/** The hit target around it at normal zoom, in flow pixels. */
const BASE_HIT = 22;
/** The hit target kept on screen when zoomed out, in screen pixels (the least a pointer needs). */
const SCREEN_HIT = 16;
/** Never more than this in flow pixels: a larger ring would cover the step it belongs to. */
const MAX_HIT = 48;

/**
 * How far (flow px) a handle's hit ring reaches beyond its drawn point at `zoom`: 6 px at
 * normal zoom; zoomed out it grows so the ring stays about 16 px on screen (down to about 0.33
 * zoom, where it reaches its cap). Rounded up to whole pixels so the value changes in steps.
 */
export function handleReach(zoom: number): number {
  const hit = Math.min(MAX_HIT, Math.max(BASE_HIT, SCREEN_HIT / Math.max(zoom, 0.01)));
  return Math.ceil((hit - POINT) / 2);
}

/**
 * Keeps the `--ifs-handle-reach` CSS variable of `box` in step with the zoom. The selector returns
 * a whole number, so this re-renders (and restyles the handles) only when the reach changes,
 * never on a pan.
 */
export function useHandleReach(box: RefObject<HTMLElement | null>): void {
  const reach = useStore((s) => handleReach(s.transform[2]));
  useLayoutEffect(() => {
    box.current?.style.setProperty('--ifs-handle-reach', `${reach}px`);
  }, [box, reach]);
}

/** Renders nothing; lives inside <ReactFlow> so it can read the viewport. */
export function HandleReach({ box }: { box: RefObject<HTMLElement | null> }) {
  useHandleReach(box);
  return null;
}
