import type { CamelStepCodec } from '../../registry/camelCodec';
import { collectorAfter } from '../../registry/collectorAfter';
import { gatherAfterFork } from '../../registry/camelFork';
import { getStepType } from '../../registry/registry';
import type { MulticastConfig, MulticastKind } from './config';
import { orderedOutgoing } from '../../model/routeOrder';

/**
 * Multicast → `multicast`, one `pipeline` per branch up to the Join where they meet; the Gather
 * after the Join is its aggregation strategy, the rest of the path follows the `multicast`.
 */
export function multicastCamel(kind: MulticastKind): CamelStepCodec<MulticastConfig> {
  const sequential = kind === 'SequentialMulticast';
  return {
    endsPath: true,
    write(config, step, ctx) {
      const branches = orderedOutgoing(ctx.flow, step);
      if (branches.length === 0) return ctx.refuse(step, 'it has no outgoing sequence flow');
      const joins = branches.map((l) => {
        const target = ctx.flow.process.steps.find((s) => s.id === l.target);
        return target && getStepType(target.type)?.collects
          ? target
          : collectorAfter(ctx.flow, l.target);
      });
      const join = joins.every((j) => j && j.id === joins[0]?.id) ? joins[0] : undefined;
      const { aggregation, after } = gatherAfterFork(join, ctx);
      return [
        {
          multicast: {
            parallelProcessing: !sequential,
            stopOnException: sequential,
            ...aggregation,
            steps: branches.map((l) => ({ pipeline: { steps: ctx.follow(l.target, join?.id) } })),
          },
        },
        ...after,
      ];
    },
  };
}
