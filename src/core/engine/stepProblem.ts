import type { Step } from '../model/flow';
import type { Problem } from '../validation/problem';

/** A validation error about one field of a step, worded with the step's name. */
export function stepProblem(step: Step, message: string, field?: string): Problem {
  return {
    severity: 'error',
    message: `${step.name}: ${message}`,
    elementId: step.id,
    elementKind: 'step',
    ...(field ? { field } : {}),
  };
}
