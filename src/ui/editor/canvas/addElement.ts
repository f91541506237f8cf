import type { DispatchResult, Flow, Point, SequenceFlow } from '../../../core';
import { getStepType, isParticipantType } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { alertError } from '../../shell/notify';
import { stepSize } from './flowToNodes';
import { sequenceFlowAt } from './linkAtPoint';
import { avoidOverlap, insertX, makeRoomForInsert, placeNewElement } from './placement';

/** MIME type of a palette item being dragged (its value is the registry type id). */
export const PALETTE_MIME = 'application/x-ifs-element-type';
/** Set beside PALETTE_MIME when the dragged type can be inserted into a link (drop preview). */
export const PALETTE_INSERTABLE_MIME = 'application/x-ifs-insertable';

let insertSeq = 0;

/** Whether a step of this type can sit in the middle of a sequence flow (in and out allowed). */
export function insertable(type: string): boolean {
  const def = getStepType(type);
  if (!def || isParticipantType(type) || def.container) return false;
  return def.connections.maxIncoming !== 0 && def.connections.maxOutgoing !== 0;
}

/**
 * Puts the new step's centre on the source step's centre line, so the links run straight, and
 * between source and target with a gap on each side when there is room (see insertX).
 */
function alignedWith<P extends { type: string; position: Point }>(
  flow: Flow,
  link: SequenceFlow,
  payload: P,
): P {
  const source = flow.process.steps.find((s) => s.id === link.source);
  const size = getStepType(payload.type)?.size;
  if (!source || !size) return payload;
  const y = Math.round(source.position.y + stepSize(source).height / 2 - size.height / 2);
  return { ...payload, position: { x: insertX(flow, link, size.width, payload.position.x), y } };
}

/**
 * The dispatches that push the link's target (and what lies right of it) along when the
 * inserted step left too little room before it, then grow the pool or subprocess around them.
 */
function roomMaking(link: SequenceFlow, id: string, coalesceKey: string) {
  const { flow, dispatch } = editorStore.getState();
  const room = flow ? makeRoomForInsert(flow, link, id) : undefined;
  if (!room || room.shift <= 0) return [];
  const { poolSize, containers } = room;
  return [
    () => dispatch('element.move', { moves: room.moves }, { coalesceKey }),
    // The pool first: a subprocess that then grows inside it finds room already.
    ...(poolSize ? [() => dispatch('process.resize', { size: poolSize }, { coalesceKey })] : []),
    ...containers.map(
      (c) => () => dispatch('step.resize', { id: c.id, size: c.size }, { coalesceKey }),
    ),
  ];
}

/**
 * Adds an element of `type` centred at `point` (flow coordinates) and selects it. With
 * `insertOnLink`, a step dropped on a sequence flow replaces A → B by A → step → B, pushing B
 * and the steps right of it along when the step does not fit between them, all as ONE undo step
 * (shared coalesce key; on any refusal the partial edit is undone). With
 * `avoidOverlap` the element moves off any element it would cover (drops beside a link,
 * keyboard/click adds).
 */
export function addElementAt(
  type: string,
  point: Point,
  options: { insertOnLink?: boolean; avoidOverlap?: boolean } = {},
): string | null {
  const { flow, dispatch, select, undo } = editorStore.getState();
  if (!flow) return null;
  const placed = placeNewElement(flow, type, point);
  const link = options.insertOnLink && insertable(type) ? sequenceFlowAt(flow, point) : undefined;
  const linkParent = link && flow.process.steps.find((s) => s.id === link.source)?.parentId;
  const onLink = !!link && linkParent === placed.parentId;
  // Inserted into a link, the step is aligned with it instead (see alignedWith).
  const placement = options.avoidOverlap && !onLink ? avoidOverlap(flow, type, placed) : placed;
  const payload = {
    type,
    position: placement.position,
    ...(placement.parentId ? { parentId: placement.parentId } : {}),
  };
  if (!link || !onLink) {
    const r = dispatch('element.add', payload);
    if (!r.ok) {
      alertError(r.error);
      return null;
    }
    select(r.created);
    return r.created[0] ?? null;
  }
  const coalesceKey = `insert:${++insertSeq}:${Date.now()}`;
  const added = dispatch('element.add', alignedWith(flow, link, payload), { coalesceKey });
  if (!added.ok) {
    alertError(added.error);
    return null;
  }
  const id = added.created[0]!;
  const steps: (() => DispatchResult)[] = [
    // The link keeps its name and config (a route's condition and place in the route order).
    () => dispatch('link.split', { id: link.id, stepId: id }, { coalesceKey }),
    // Planned on the flow as it is by then: the add may already have grown the pool.
    () => runAll(roomMaking(link, id, coalesceKey)),
  ];
  for (const run of steps) {
    const r = run();
    if (!r.ok) {
      undo();
      alertError(`Could not insert the step into the connection: ${r.error}`);
      return null;
    }
  }
  select([id]);
  return id;
}

/** Runs dispatches in order, stopping at the first refusal. */
function runAll(runs: (() => DispatchResult)[]): DispatchResult {
  for (const run of runs) {
    const r = run();
    if (!r.ok) return r;
  }
  return { ok: true, created: [] };
}
