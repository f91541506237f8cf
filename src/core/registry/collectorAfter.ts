import type { Flow, Step } from '../model/flow';
import { getStepType } from './registry';

/**
 * The first Gather or Join (a step type that `collects`) on the single path after a step
 * (undefined when the path branches, loops or ends first): where a Splitter's messages meet.
 */
export function collectorAfter(flow: Flow, stepId: string): Step | undefined {
  const seen = new Set<string>([stepId]);
  let id = stepId;
  for (;;) {
    const outs = flow.process.sequenceFlows.filter((l) => l.source === id);
    if (outs.length !== 1) return undefined;
    const next = flow.process.steps.find((s) => s.id === outs[0]!.target);
    if (!next || seen.has(next.id)) return undefined;
    if (getStepType(next.type)?.collects) return next;
    seen.add(next.id);
    id = next.id;
  }
}
