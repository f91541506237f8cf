import type { Flow, SequenceFlow, Step } from '../../model/flow';
import type { MulticastConfig } from './config';

/** A Multicast's outgoing sequence flows in the order its branches run. */
export function orderedBranches(flow: Flow, step: Step, config: MulticastConfig): SequenceFlow[] {
  const outs = flow.process.sequenceFlows.filter((l) => l.source === step.id);
  const rank = (l: SequenceFlow) => {
    const i = config.routeOrder.indexOf(l.id);
    return i < 0 ? config.routeOrder.length : i;
  };
  // Array.prototype.sort is stable: unlisted branches keep the order they were drawn in.
  return outs.sort((a, b) => rank(a) - rank(b));
}
