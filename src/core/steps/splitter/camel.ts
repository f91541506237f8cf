import {
  xpathNamespaces,
  type CamelNode,
  type CamelStepCodec,
  type CamelWriteContext,
} from '../../registry/camelCodec';
import { collectorAfter } from '../../registry/collectorAfter';
import { getStepType } from '../../registry/registry';
import type { Step } from '../../model/flow';
import type { SplitKind, SplitterConfig } from './config';

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
  const gather = getStepType(collector.type)?.codecs?.camel?.aggregate
    ? collector
    : nextStep && getStepType(nextStep.type)?.codecs?.camel?.aggregate
      ? nextStep
      : undefined;
  const agg =
    gather &&
    getStepType(gather.type)!.codecs!.camel!.aggregate!(gather.config as never, gather, ctx);
  return {
    aggregation: agg ? { aggregationStrategy: agg.strategy } : {},
    after: [...(agg?.after ?? []), ...ctx.follow(collector.id)],
  };
}

/** Splitter → `split` with `xpath` or `tokenize`; the steps up to its Gather inside it. */
export function splitterCamel(kind: SplitKind): CamelStepCodec<SplitterConfig> {
  return {
    endsPath: true,
    write(config, step, ctx) {
      const target = ctx.flow.process.sequenceFlows.find((l) => l.source === step.id)?.target;
      if (!target) return ctx.refuse(step, 'it has no outgoing sequence flow');
      if (config.exprType === 'XPath' && config.grouping > 1)
        ctx.refuse(step, 'Camel cannot group XPath split messages (Grouping over 1)');
      const expression =
        config.exprType === 'XPath'
          ? { xpath: { expression: ctx.resolve(config.xpath), ...xpathNamespaces(ctx.flow) } }
          : {
              tokenize: {
                token: config.exprType === 'Token' ? config.token : '\n',
                ...(config.grouping > 1 ? { group: String(config.grouping) } : {}),
              },
            };
      const collector = collectorAfter(ctx.flow, step.id);
      const { aggregation, after } = gatherAfterFork(collector, ctx);
      const split: CamelNode = {
        ...expression,
        ...(kind === 'GeneralSplitter' && config.exprType === 'XPath'
          ? {
              description:
                'General Splitter: Camel splits out the nodes without their enclosing elements',
            }
          : {}),
        streaming: config.streaming,
        parallelProcessing: config.parallelProcessing,
        stopOnException: config.stopOnException,
        ...(config.parallelProcessing ? { timeout: String(config.timeout * 1000) } : {}),
        ...aggregation,
        steps: ctx.follow(target, collector?.id),
      };
      return [{ split }, ...after];
    },
  };
}
