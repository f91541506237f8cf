import type { Step } from '../model/flow';
import type { CamelNode, CamelWriteContext } from './camelCodec';
import { stepCodecs } from './codecs';

/**
 * The Gather (or Join) where a fork's messages meet: its aggregation strategy, and the processors
 * after the fork (the Gather's finishing touch, then the rest of the path from it).
 */
export function gatherAfterFork(
  collector: Step | undefined,
  ctx: CamelWriteContext,
): { aggregation: { aggregationStrategy?: string }; after: CamelNode[] } {
  if (!collector) return { aggregation: {}, after: [] };
  // A Join's messages are combined by the Gather right after it, if there is one.
  const next = ctx.flow.process.sequenceFlows.find((l) => l.source === collector.id)?.target;
  const nextStep = ctx.flow.process.steps.find((s) => s.id === next);
  const aggregate = (s: Step | undefined) => s && stepCodecs(s.type).camel?.aggregate;
  const gather = aggregate(collector) ? collector : aggregate(nextStep) ? nextStep : undefined;
  const agg = gather && aggregate(gather)?.(gather.config as never, gather, ctx);
  return {
    aggregation: agg ? { aggregationStrategy: agg.strategy } : {},
    after: [...(agg?.after ?? []), ...ctx.follow(collector.id)],
  };
}
