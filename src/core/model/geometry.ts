import type { Flow, Point, Step } from './flow';

/**
 * Absolute position (top-left) of a step: steps are stored relative to their container, and the
 * top-level ones to the Integration Process. `byId` speeds up the parent lookups of many calls.
 */
export function absoluteStepPosition(
  flow: Flow,
  step: Step,
  byId?: ReadonlyMap<string, Step>,
): Point {
  const parentOf = (id: string) => byId?.get(id) ?? flow.process.steps.find((s) => s.id === id);
  let x = step.position.x + flow.process.position.x;
  let y = step.position.y + flow.process.position.y;
  let parentId = step.parentId;
  for (let guard = 0; parentId !== undefined && guard < 50; guard++) {
    const parent = parentOf(parentId);
    if (!parent) break;
    x += parent.position.x;
    y += parent.position.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

/** Absolute position of a participant or a step by id (participants are stored absolute). */
export function absoluteElementPosition(flow: Flow, id: string): Point | undefined {
  const p = flow.participants.find((x) => x.id === id);
  if (p) return p.position;
  const s = flow.process.steps.find((x) => x.id === id);
  return s ? absoluteStepPosition(flow, s) : undefined;
}
