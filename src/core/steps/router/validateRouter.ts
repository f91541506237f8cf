import type { Flow, Step } from '../../model/flow';
import type { Problem } from '../../validation/problem';
import { stepProblem } from '../../engine/stepProblem';
import { routeOf } from './config';
import { checkRoute } from './checkRoute';
import { orderedOutgoing } from '../../model/routeOrder';
import { parseNamespaceMapping } from '../../expression';

const linkProblem = (id: string, message: string, field: string): Problem => ({
  severity: 'error',
  message,
  elementId: id,
  elementKind: 'sequenceFlow',
  field,
});

/** Conditions parse, every route has one or is the default, and exactly one default. */
export function validateRouter(step: Step, flow: Flow): Problem[] {
  const problems: Problem[] = [];
  const routes = orderedOutgoing(flow, step);
  if (routes.length < 2)
    problems.push(stepProblem(step, 'a Router needs at least two outgoing routes'));
  const defaults = routes.filter((l) => routeOf(l.config).isDefault);
  const raise = step.config.noMatch === 'error';
  if (defaults.length > 1)
    problems.push(
      stepProblem(step, `${defaults.length} routes are marked default; only one may be`),
    );
  if (defaults.length === 0 && !raise && routes.length > 0)
    problems.push(
      stepProblem(
        step,
        'no default route; mark one route as default or raise an error when no route matches',
      ),
    );
  const order = Array.isArray(step.config.routeOrder) ? (step.config.routeOrder as unknown[]) : [];
  const foreign = order.filter((id) => !routes.some((l) => l.id === id));
  if (foreign.length)
    problems.push(
      stepProblem(
        step,
        `route order names ${foreign.map((id) => `"${String(id)}"`).join(', ')}, not an outgoing route of this Router`,
      ),
    );
  const mapping = step.config.namespaceMapping;
  for (const e of parseNamespaceMapping(typeof mapping === 'string' ? mapping : '').errors)
    problems.push(stepProblem(step, e, 'namespaceMapping'));
  for (const link of routes) {
    const route = routeOf(link.config);
    const name = link.name || link.id;
    if (route.isDefault) continue;
    if (!route.condition.trim()) {
      problems.push(
        linkProblem(
          link.id,
          `Route "${name}" of ${step.name} has no condition and is not the default`,
          'condition',
        ),
      );
      continue;
    }
    const error = checkRoute(route);
    if (error)
      problems.push(linkProblem(link.id, `Route "${name}" of ${step.name}: ${error}`, 'condition'));
  }
  return problems;
}
