import type { Flow, Point, SequenceFlow, Size } from '../../../core';
import { applyCommand, getStepType, isParticipantType } from '../../../core';
import { growToFit } from '../../../core/commands';
import { absoluteStepPosition } from '../../../core/model/geometry';
import { stepSize } from './flowToNodes';

export { absoluteStepPosition };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** Top-left inside a parent of `parentSize` nearest to `topLeft` (both relative), with a margin. */
export function clampInside(topLeft: Point, size: Size, parentSize: Size, margin = 8): Point {
  return {
    x: Math.round(clamp(topLeft.x, margin, parentSize.width - size.width - margin)),
    y: Math.round(clamp(topLeft.y, margin, parentSize.height - size.height - margin)),
  };
}

export interface Placement {
  position: Point;
  parentId?: string;
}

/**
 * Where a new element of `type` goes when dropped with its centre at `point` (flow coordinates):
 * participants stay where dropped; steps go into the innermost container under the point, else
 * into the pool, at the nearest position inside it (a step dropped outside the pool lands at its
 * edge rather than being refused).
 */
export function placeNewElement(flow: Flow, type: string, point: Point): Placement {
  const def = getStepType(type);
  const size = def?.size ?? { width: 120, height: 64 };
  const topLeft = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
  if (isParticipantType(type))
    return { position: { x: Math.round(topLeft.x), y: Math.round(topLeft.y) } };
  if (!def?.container) {
    // Innermost container: a nested one comes later in the list of hits.
    const hits = flow.process.steps.filter((s) => {
      if (!getStepType(s.type)?.container) return false;
      const abs = absoluteStepPosition(flow, s);
      return contains({ ...abs, ...stepSize(s) }, point);
    });
    const container = hits[hits.length - 1];
    if (container) {
      const abs = absoluteStepPosition(flow, container);
      const rel = { x: topLeft.x - abs.x, y: topLeft.y - abs.y };
      return { position: clampInside(rel, size, stepSize(container)), parentId: container.id };
    }
  }
  const pool = flow.process;
  const rel = { x: topLeft.x - pool.position.x, y: topLeft.y - pool.position.y };
  // A Local Integration Process is a pool of its own: it stays where it is dropped (element.add
  // puts it under the Integration Process when it would cover it).
  if (def?.shape === 'pool') return { position: { x: Math.round(rel.x), y: Math.round(rel.y) } };
  // The pool's header strip on the left is not a place for steps.
  const inside = clampInside(rel, size, pool.size);
  return { position: { x: Math.max(inside.x, POOL_HEADER + 8), y: inside.y } };
}

/** Width of the pool's vertical title strip (CPI draws the process name there). */
export const POOL_HEADER = 28;

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * A placement moved down (then right) until it no longer covers a sibling element, so an item
 * added "in the middle of the view" never hides what is already there. Gives up after a few
 * tries and keeps the last candidate. It may end past the right or bottom border of its pool or
 * subprocess: element.add grows them around it rather than letting it overlap.
 */
export function avoidOverlap(flow: Flow, type: string, placement: Placement, gap = 16): Placement {
  const size = getStepType(type)?.size ?? { width: 120, height: 64 };
  const siblings: Rect[] = isParticipantType(type)
    ? flow.participants.map((p) => ({ ...p.position, ...(getStepType(p.kind)?.size ?? size) }))
    : flow.process.steps
        .filter((s) => s.parentId === placement.parentId)
        .map((s) => ({ ...s.position, ...stepSize(s) }));
  let pos = placement.position;
  for (let i = 0; i < 12; i++) {
    const rect = { ...pos, ...size };
    const hit = siblings.find((r) => overlaps(rect, r, gap));
    if (!hit) break;
    pos =
      i % 4 === 3
        ? { x: pos.x + size.width + gap, y: placement.position.y }
        : { x: pos.x, y: hit.y + hit.height + gap };
  }
  if (isParticipantType(type)) return { ...placement, position: pos };
  // Never left of or above the parent's inner border (nor on the pool's title strip).
  const minX = placement.parentId ? 8 : POOL_HEADER + 8;
  return {
    ...placement,
    position: { x: Math.round(Math.max(pos.x, minX)), y: Math.round(Math.max(pos.y, 8)) },
  };
}

/** Room kept between a step inserted into a sequence flow and the steps on either side of it. */
export const INSERT_GAP = 40;

/** Source A and target B of a link when it runs left to right in one container, else undefined. */
function forwardEnds(flow: Flow, link: Pick<SequenceFlow, 'source' | 'target'>) {
  const a = flow.process.steps.find((s) => s.id === link.source);
  const b = flow.process.steps.find((s) => s.id === link.target);
  if (!a || !b || a.parentId !== b.parentId) return undefined;
  const aRight = a.position.x + stepSize(a).width;
  // A link going back or straight down is left alone: pushing steps right would not help it.
  return b.position.x < aRight ? undefined : { a, b, aRight };
}

/**
 * Left edge (relative to the container) of a step of `width` inserted into the link A → B,
 * dropped with its left edge at `x`: between A and B with INSERT_GAP on both sides when there is
 * room, else INSERT_GAP right of A (makeRoomForInsert then pushes B along). A link that does not
 * run left to right keeps `x`.
 */
export function insertX(
  flow: Flow,
  link: Pick<SequenceFlow, 'source' | 'target'>,
  width: number,
  x: number,
): number {
  const ends = forwardEnds(flow, link);
  if (!ends) return x;
  const lo = ends.aRight + INSERT_GAP;
  const hi = ends.b.position.x - INSERT_GAP - width;
  return Math.round(lo <= hi ? clamp(x, lo, hi) : lo);
}

export interface InsertRoom {
  /** How far B and the steps right of it move (0: the inserted step fits, nothing to do). */
  shift: number;
  /** The element.move payload: shifted steps, then participants moved along as the pool grows. */
  moves: { id: string; position: Point }[];
  /** New pool size when the shifted steps no longer fit in it (a process.resize). */
  poolSize?: Size;
  /** New sizes of subprocesses that must grow around shifted steps (step.resize each). */
  containers: { id: string; size: Size }[];
}

/**
 * After `insertedId` was put into the link A → B: when it does not leave INSERT_GAP before B, B
 * and every step of B's container whose left edge lies at or right of B's move right by the
 * missing width, as users of such tools expect (nothing else moves, so links stay as drawn).
 * The pool (and a subprocess holding them) then grows around them, and participants right of
 * the pool move along, exactly as growToFit does for an added step.
 */
export function makeRoomForInsert(
  flow: Flow,
  link: Pick<SequenceFlow, 'source' | 'target'>,
  insertedId: string,
): InsertRoom {
  const none: InsertRoom = { shift: 0, moves: [], containers: [] };
  const ends = forwardEnds(flow, link);
  const inserted = flow.process.steps.find((s) => s.id === insertedId);
  if (!ends || !inserted || inserted.parentId !== ends.b.parentId) return none;
  const { a, b } = ends;
  const shift = Math.ceil(
    inserted.position.x + stepSize(inserted).width + INSERT_GAP - b.position.x,
  );
  if (shift <= 0) return none;
  const moves = flow.process.steps
    .filter(
      (s) =>
        s.parentId === b.parentId &&
        s.id !== inserted.id &&
        s.id !== a.id &&
        s.position.x >= b.position.x,
    )
    .map((s) => ({ id: s.id, position: { x: s.position.x + shift, y: s.position.y } }));
  const moved = applyCommand(flow, 'element.move', { moves }).flow;
  const grown = growToFit(
    moved,
    moves.map((m) => m.id),
  );
  const participantMoves = grown.participants
    .filter((p, i) => p.position !== moved.participants[i]?.position)
    .map((p) => ({ id: p.id, position: p.position }));
  const containers = grown.process.steps
    .filter((s, i) => s.size !== moved.process.steps[i]?.size && s.size)
    .map((s) => ({ id: s.id, size: s.size as Size }));
  const poolSize = grown.process.size;
  return {
    shift,
    moves: [...moves, ...participantMoves],
    containers,
    ...(poolSize !== moved.process.size ? { poolSize } : {}),
  };
}
