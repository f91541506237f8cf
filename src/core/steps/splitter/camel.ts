import { xpathNamespaces, type CamelNode, type CamelStepCodec } from '../../registry/camelCodec';
import { collectorAfter } from '../../registry/collectorAfter';
import { gatherAfterFork } from '../../registry/camelFork';
import type { SplitKind, SplitterConfig } from './config';

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
