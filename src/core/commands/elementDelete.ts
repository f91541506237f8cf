import type { Flow, Step } from '../model/flow';
import { findElement, withDescendants } from '../model/elements';
import { done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/**
 * Deletes elements and links. Links touching a deleted element go too, and so do the steps
 * inside a deleted subprocess. The pool itself cannot be deleted; unknown ids are ignored
 * (a stale selection must not block the delete of the rest).
 */
export function elementDelete(
  flow: Flow,
  payload: CommandPayloads['element.delete'],
): CommandOutcome {
  const known = payload.ids.filter((id) => findElement(flow, id));
  const deletable = known.filter((id) => id !== flow.process.id);
  if (deletable.length === 0) {
    fail(known.length ? 'The Integration Process cannot be deleted' : 'Nothing to delete');
  }
  const gone = withDescendants(flow, deletable);
  const keepLink = (l: { id: string; source: string; target: string }) =>
    !gone.has(l.id) && !gone.has(l.source) && !gone.has(l.target);
  const samples = Object.fromEntries(
    Object.entries(flow.samples).filter(([stepId]) => !gone.has(stepId)),
  );
  // A deleted link leaves the route order of its source (Router, Sequential Multicast).
  const goneLinks = new Set(
    flow.process.sequenceFlows.filter((l) => !keepLink(l)).map((l) => l.id),
  );
  const pruneOrder = (s: Step): Step => {
    const order = s.config.routeOrder;
    if (!Array.isArray(order) || !order.some((id) => goneLinks.has(id as string))) return s;
    return {
      ...s,
      config: { ...s.config, routeOrder: order.filter((id) => !goneLinks.has(id as string)) },
    };
  };
  return done({
    ...flow,
    participants: flow.participants.filter((p) => !gone.has(p.id)),
    process: {
      ...flow.process,
      steps: flow.process.steps.filter((s) => !gone.has(s.id)).map(pruneOrder),
      sequenceFlows: flow.process.sequenceFlows.filter(keepLink),
    },
    messageFlows: flow.messageFlows.filter(keepLink),
    samples,
  });
}
