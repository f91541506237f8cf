import type { Flow, SequenceFlow, Step } from './flow';

/**
 * A branching step's outgoing sequence flows in the order they are taken (a Router's routes, a
 * Sequential Multicast's branches): the ids in the step's `routeOrder` first, then any other
 * outgoing link in the order the links are stored (the order they were drawn). An empty or
 * missing list therefore means "drawing order".
 */
export function orderedOutgoing(flow: Flow, step: Step): SequenceFlow[] {
  const order = routeOrderOf(step);
  const outs = flow.process.sequenceFlows.filter((l) => l.source === step.id);
  const rank = (l: SequenceFlow) => {
    const i = order.indexOf(l.id);
    return i < 0 ? order.length : i;
  };
  // Array.prototype.sort is stable: unlisted links keep drawing order.
  return outs.sort((a, b) => rank(a) - rank(b));
}

function routeOrderOf(step: Step): readonly string[] {
  const order = step.config.routeOrder;
  return Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Load-door repair for `routeOrder`: the ids that still name an outgoing link of the step, and
 * those dropped (undefined when nothing was dropped).
 */
export function prunedRouteOrder(
  flow: Flow,
  step: Step,
  order: readonly string[],
): { kept: string[]; dropped: string[] } | undefined {
  const outgoing = new Set(
    flow.process.sequenceFlows.filter((l) => l.source === step.id).map((l) => l.id),
  );
  const kept = order.filter((id) => outgoing.has(id));
  if (kept.length === order.length) return undefined;
  return { kept, dropped: order.filter((id) => !outgoing.has(id)) };
}
