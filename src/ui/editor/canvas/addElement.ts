import type { Flow, Point } from '../../../core';
import { getStepType, isParticipantType } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { alertError } from '../../shell/notify';
import { stepSize } from './flowToNodes';
import { sequenceFlowAt } from './linkAtPoint';
import { avoidOverlap, placeNewElement } from './placement';

/** MIME type of a palette item being dragged (its value is the registry type id). */
export const PALETTE_MIME = 'application/x-ifs-element-type';

let insertSeq = 0;

/** Whether a step of this type can sit in the middle of a sequence flow (in and out allowed). */
function insertable(type: string): boolean {
  const def = getStepType(type);
  if (!def || isParticipantType(type) || def.container) return false;
  return def.connections.maxIncoming !== 0 && def.connections.maxOutgoing !== 0;
}

/** Puts the new step's centre on the source step's centre line, so the links run straight. */
function alignedWith<P extends { type: string; position: Point }>(
  flow: Flow,
  sourceId: string,
  payload: P,
): P {
  const source = flow.process.steps.find((s) => s.id === sourceId);
  const size = getStepType(payload.type)?.size;
  if (!source || !size) return payload;
  const y = Math.round(source.position.y + stepSize(source).height / 2 - size.height / 2);
  return { ...payload, position: { x: payload.position.x, y } };
}

/**
 * Adds an element of `type` centred at `point` (flow coordinates) and selects it. With
 * `insertOnLink`, a step dropped on a sequence flow replaces A → B by A → step → B, all as ONE
 * undo step (shared coalesce key; on any refusal the partial edit is undone). With
 * `avoidOverlap` the element moves off any element it would cover (keyboard/click adds).
 */
export function addElementAt(
  type: string,
  point: Point,
  options: { insertOnLink?: boolean; avoidOverlap?: boolean } = {},
): string | null {
  const { flow, dispatch, select, undo } = editorStore.getState();
  if (!flow) return null;
  const placed = placeNewElement(flow, type, point);
  const placement = options.avoidOverlap ? avoidOverlap(flow, type, placed) : placed;
  const payload = {
    type,
    position: placement.position,
    ...(placement.parentId ? { parentId: placement.parentId } : {}),
  };
  const link = options.insertOnLink && insertable(type) ? sequenceFlowAt(flow, point) : undefined;
  const linkParent = link && flow.process.steps.find((s) => s.id === link.source)?.parentId;
  if (!link || linkParent !== placement.parentId) {
    const r = dispatch('element.add', payload);
    if (!r.ok) {
      alertError(r.error);
      return null;
    }
    select(r.created);
    return r.created[0] ?? null;
  }
  const coalesceKey = `insert:${++insertSeq}:${Date.now()}`;
  const added = dispatch('element.add', alignedWith(flow, link.source, payload), { coalesceKey });
  if (!added.ok) {
    alertError(added.error);
    return null;
  }
  const id = added.created[0]!;
  const steps = [
    () => dispatch('element.delete', { ids: [link.id] }, { coalesceKey }),
    () => dispatch('link.connect', { source: link.source, target: id }, { coalesceKey }),
    () => dispatch('link.connect', { source: id, target: link.target }, { coalesceKey }),
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
