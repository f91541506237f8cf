import type { Problem } from '../../core/validation/problem';

/** Validation and the deploy-time adapter check may report the same field twice: keep one. */
export function distinctProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.elementId}\u0000${p.field ?? p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
