import type { Flow, SequenceFlow, Step } from '../../model/flow';

/** The router's outgoing links in evaluation order (see RouterConfig.routeOrder). */
export function orderedRoutes(flow: Flow, step: Step): SequenceFlow[] {
  const outs = flow.process.sequenceFlows.filter((l) => l.source === step.id);
  const order = Array.isArray(step.config.routeOrder) ? (step.config.routeOrder as string[]) : [];
  const rank = (l: SequenceFlow) => {
    const i = order.indexOf(l.id);
    return i < 0 ? order.length : i;
  };
  // Array.prototype.sort is stable, so unlisted links keep link order.
  return [...outs].sort((a, b) => rank(a) - rank(b));
}
