import type { Problem } from '../validation/problem';

/**
 * Each problem once: the deploy-time adapter check repeats what validation may already have
 * said, and one empty address must not read as "2 validation errors". Problems are the same
 * when they name the same element, field and message; the first one is kept, order preserved.
 */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.elementId, p.field ?? '', p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
