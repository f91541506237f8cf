import type { Flow, Point, SequenceFlow } from '../../../core';
import { stepSize } from './flowToNodes';
import { absoluteStepPosition } from './placement';

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The polyline a smooth-step edge roughly follows from a right-side source handle to a
 * left-side target handle: horizontal, vertical at the middle, horizontal.
 */
export function linkPolyline(from: Point, to: Point): Point[] {
  if (Math.abs(from.y - to.y) < 1) return [from, to];
  const midX = (from.x + to.x) / 2;
  return [from, { x: midX, y: from.y }, { x: midX, y: to.y }, to];
}

/**
 * The sequence flow passing within `tolerance` of `point` (flow coordinates), nearest first,
 * used to insert a dropped step between the two steps it joins.
 */
export function sequenceFlowAt(flow: Flow, point: Point, tolerance = 16): SequenceFlow | undefined {
  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  let best: { link: SequenceFlow; d: number } | undefined;
  for (const link of flow.process.sequenceFlows) {
    const source = steps.get(link.source);
    const target = steps.get(link.target);
    if (!source || !target) continue;
    const sa = absoluteStepPosition(flow, source);
    const ta = absoluteStepPosition(flow, target);
    const ss = stepSize(source);
    const ts = stepSize(target);
    const line = linkPolyline(
      { x: sa.x + ss.width, y: sa.y + ss.height / 2 },
      { x: ta.x, y: ta.y + ts.height / 2 },
    );
    for (let i = 1; i < line.length; i++) {
      const d = distanceToSegment(point, line[i - 1]!, line[i]!);
      if (d <= tolerance && (!best || d < best.d)) best = { link, d };
    }
  }
  return best?.link;
}
