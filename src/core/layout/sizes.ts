import type { Size, Step } from '../model/flow';
import { getStepType } from '../registry/registry';

/** Fallback for a step whose type is unknown (an import that still needs repair). */
const FALLBACK: Size = { width: 120, height: 64 };

/** Drawn size of a step: its own size (containers) or its type's default. */
export function stepSize(step: Step): Size {
  return step.size ?? getStepType(step.type)?.size ?? FALLBACK;
}

export function participantSize(kind: 'sender' | 'receiver'): Size {
  return getStepType(kind)?.size ?? { width: 110, height: 140 };
}
