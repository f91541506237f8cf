import type { Flow, Step } from '../model/flow';
import { getStepType } from './registry';

/**
 * The first Gather or Join (a step type that `collects`) on the single path after a step
 * (undefined when the path branches, loops or ends first): where a Splitter's messages meet;
 * a Splitter on the way and its own Gather are passed over.
 */
export function collectorAfter(flow: Flow, stepId: string): Step | undefined {
  const seen = new Set<string>([stepId]);
  let id = stepId;
  let depth = 0;
  for (;;) {
    const outs = flow.process.sequenceFlows.filter((l) => l.source === id);
    if (outs.length !== 1) return undefined;
    const next = flow.process.steps.find((s) => s.id === outs[0]!.target);
    if (!next || seen.has(next.id)) return undefined;
    const def = getStepType(next.type);
    // A fork on the way has its own Gather first.
    if (def?.collects && depth-- === 0) return next;
    if (def?.forks) depth++;
    seen.add(next.id);
    id = next.id;
  }
}
