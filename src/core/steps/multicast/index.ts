import { defineStepType } from '../../registry/types';
import { lazyCodecs } from '../../registry/lazyCodecs';
import { stepProblem } from '../../engine/stepProblem';
import { multicastConfigSchema, type MulticastConfig, type MulticastKind } from './config';
import { orderedOutgoing, prunedRouteOrder } from '../../model/routeOrder';

function defineMulticast(kind: MulticastKind, type: string, label: string, description: string) {
  const sequential = kind === 'SequentialMulticast';
  return defineStepType<MulticastConfig>({
    type,
    label,
    description,
    group: 'Steps',
    category: 'Routing',
    shape: 'gateway',
    icon: sequential
      ? 'M12 3l9 9-9 9-9-9z M8 12h8 M12 8v8'
      : 'M12 3l9 9-9 9-9-9z M8 12h8 M12 8v8 M9 9l6 6 M15 9l-6 6',
    size: { width: 56, height: 56 },
    defaultName: label,
    defaultConfig: () => ({ routeOrder: [] }),
    configSchema: multicastConfigSchema,
    forks: true,
    form: sequential
      ? [
          {
            title: 'Processing',
            fields: [
              {
                key: 'routeOrder',
                label: 'Branch Order',
                kind: 'routeOrder',
                help: 'Branches run one after another, from the top; an error stops the rest',
              },
            ],
          },
        ]
      : [],
    connections: {},
    validate: (step, flow) => {
      const outs = flow.process.sequenceFlows.filter((l) => l.source === step.id).length;
      return outs === 1
        ? [
            {
              ...stepProblem(
                step,
                'a Multicast sends copies down two or more branches; it has one',
              ),
              severity: 'warning' as const,
            },
          ]
        : [];
    },
    repair: (step, flow, config) => {
      const pruned = prunedRouteOrder(flow, step, config.routeOrder);
      return (
        pruned && {
          config: { routeOrder: pruned.kept },
          warnings: [
            `routeOrder of ${label} "${step.name}" named links that are not its branches; removed`,
          ],
        }
      );
    },
    execute: async (ctx, message) => ({
      message,
      fork: {
        kind: 'branch',
        // CPI: an error stops a Sequential Multicast; the other branches of a parallel one run.
        stopOnException: sequential,
        parts: orderedOutgoing(ctx.flow, ctx.step).map((l) => ({ message, route: l.id })),
      },
    }),
    codecs: lazyCodecs(async () => (await import('./codecs')).multicastCodecs(kind)),
  });
}

/** Parallel Multicast: each branch gets a copy of the message (run one after the other here). */
export const parallelMulticastType = defineMulticast(
  'Multicast',
  'parallelMulticast',
  'Parallel Multicast',
  'Sends a copy of the message down every branch',
);

/** Sequential Multicast: each branch gets a copy, in the order of its routing sequence. */
export const sequentialMulticastType = defineMulticast(
  'SequentialMulticast',
  'sequentialMulticast',
  'Sequential Multicast',
  'Sends a copy of the message down every branch, one branch after the other, in order',
);
