import type { Flow, Point, Size } from '../model/flow';
import { stepSize } from '../layout/sizes';
import { getStepType } from '../registry/registry';
import { growToFit } from './growToFit';
import { assertFinitePoint, done, fail, requireStep, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Smallest subprocess the canvas can still draw with its title and grab. */
export const MIN_CONTAINER_SIZE: Size = { width: 160, height: 100 };

/**
 * Smallest size of a container step that still encloses every step inside it (their positions
 * are relative to the container), and never below MIN_CONTAINER_SIZE.
 */
export function containerMinSize(flow: Flow, id: string): Size {
  let { width, height } = MIN_CONTAINER_SIZE;
  for (const child of flow.process.steps) {
    if (child.parentId !== id) continue;
    const size = stepSize(child);
    width = Math.max(width, Math.ceil(child.position.x + size.width));
    height = Math.max(height, Math.ceil(child.position.y + size.height));
  }
  return { width, height };
}

/**
 * Resizes a container step (Exception Subprocess). With a new `position` (a resize from the
 * left or top edge) its children keep their place on the canvas, so their relative positions
 * shift the other way. The pool (or parent) grows when the container no longer fits in it.
 */
export function stepResize(flow: Flow, payload: CommandPayloads['step.resize']): CommandOutcome {
  const step = requireStep(flow, payload.id);
  if (!getStepType(step.type)?.container)
    fail(`"${step.name}" cannot be resized: only a subprocess has a size of its own`);
  const { width, height } = payload.size ?? {};
  if (!Number.isFinite(width) || !Number.isFinite(height))
    fail(`"${step.name}" needs a valid size`);
  if (payload.position) assertFinitePoint(payload.position, `"${step.name}"`);
  const position: Point = payload.position ? { ...payload.position } : step.position;
  const shift = { x: position.x - step.position.x, y: position.y - step.position.y };
  const moved = (shift.x !== 0 || shift.y !== 0) && withChildrenShifted(flow, step.id, shift);
  const scope = moved || flow;
  const min = containerMinSize(scope, step.id);
  const children = scope.process.steps.filter((s) => s.parentId === step.id);
  if (children.some((s) => s.position.x < 0 || s.position.y < 0))
    fail(`"${step.name}" cannot shrink past the steps inside it`);
  if (width < min.width || height < min.height)
    fail(
      `"${step.name}" must be at least ${min.width} × ${min.height}` +
        (children.length ? ' to hold the steps inside it' : ''),
    );
  const current = stepSize(step);
  if (!moved && width === current.width && height === current.height) return done(flow);
  const next = withProcess(scope, (p) => ({
    steps: p.steps.map((s) => (s.id === step.id ? { ...s, position, size: { width, height } } : s)),
  }));
  return done(growToFit(next, [step.id]));
}

/** Children's relative positions moved against the container's own move (they stay put). */
function withChildrenShifted(flow: Flow, id: string, shift: Point): Flow {
  return withProcess(flow, (p) => ({
    steps: p.steps.map((s) =>
      s.parentId === id
        ? { ...s, position: { x: s.position.x - shift.x, y: s.position.y - shift.y } }
        : s,
    ),
  }));
}
