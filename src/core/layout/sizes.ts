import type { Size, Step } from '../model/flow';
import { getStepType } from '../registry/registry';

/** Fallback for a step whose type is unknown (an import that still needs repair). */
const FALLBACK: Size = { width: 120, height: 64 };

/** Drawn size of a step: its own size (containers) or its type's default. */
export function stepSize(step: Step): Size {
  return step.size ?? getStepType(step.type)?.size ?? FALLBACK;
}

/**
 * A Local Integration Process is drawn as a pool of its own beside the Integration Process, as
 * CPI draws it (not inside it). Its position stays relative to the main pool, like every step.
 */
export function isOwnPool(step: Step): boolean {
  return step.parentId === undefined && getStepType(step.type)?.shape === 'pool';
}

/** Vertical gap between the Integration Process and the pools of Local Integration Processes. */
export const POOL_GAP = 40;

/**
 * Where a new pool of its own goes: under the Integration Process and the pools already there,
 * left-aligned with it (relative to the main pool).
 */
export function nextOwnPoolPosition(
  process: { size: Size; steps: Step[] },
  except?: string,
): { x: number; y: number } {
  let bottom = process.size.height;
  for (const s of process.steps)
    if (s.id !== except && isOwnPool(s))
      bottom = Math.max(bottom, s.position.y + stepSize(s).height);
  return { x: 0, y: bottom + POOL_GAP };
}

/** Whether a box (relative to the main pool) overlaps the main pool or another pool of its own. */
export function overlapsPools(
  process: { size: Size; steps: Step[] },
  box: { x: number; y: number; width: number; height: number },
  except?: string,
): boolean {
  const hit = (b: { x: number; y: number; width: number; height: number }) =>
    box.x < b.x + b.width &&
    b.x < box.x + box.width &&
    box.y < b.y + b.height &&
    b.y < box.y + box.height;
  if (hit({ x: 0, y: 0, ...process.size })) return true;
  return process.steps.some(
    (s) => s.id !== except && isOwnPool(s) && hit({ ...s.position, ...stepSize(s) }),
  );
}

export function participantSize(kind: 'sender' | 'receiver'): Size {
  return getStepType(kind)?.size ?? { width: 110, height: 140 };
}
