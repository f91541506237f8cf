import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { lazyModule } from '../../registry/lazyModule';
import { stepProblem } from '../../engine/stepProblem';
import { checkXPath } from '../../expression/checkXPath';
import { bodyText, parseNamespaceMapping } from '../../expression';
import type { Problem } from '../../validation/problem';
import type { Step } from '../../model/flow';
import { gatherConfigSchema, type GatherConfig } from './config';

// Lazy: the XML libraries load with the first Gather that runs.
const combining = lazyModule(() => import('./combine'));

function validate(step: Step): Problem[] {
  const c = step.config as Partial<GatherConfig>;
  if (c.messageType === 'PlainText' && c.algorithm !== 'concatenate')
    return [stepProblem(step, 'Plain Text messages can only be concatenated', 'algorithm')];
  if (c.messageType !== 'PlainText' && c.algorithm === 'concatenate')
    return [stepProblem(step, 'XML messages are combined: choose Combine', 'algorithm')];
  if (c.messageType === 'DiffXMLFormat' && c.algorithm === 'combineAtXPath')
    return [
      stepProblem(step, 'XML of different formats can only be combined with Combine', 'algorithm'),
    ];
  if (c.algorithm !== 'combineAtXPath') return [];
  const out: Problem[] = [];
  for (const [key, label] of [
    ['sourceXPath', 'Combine from source (XPath)'],
    ['targetXPath', 'Combine at target (XPath)'],
  ] as const) {
    const x = c[key]?.trim() ?? '';
    // Without a target the nodes go back under their own parent (CPI's Gather 1.0 had none).
    if (!x && key === 'targetXPath') continue;
    const bad = x ? (/\{\{/.test(x) ? null : checkXPath(x)) : `enter ${label}`;
    if (bad) out.push(stepProblem(step, bad, key));
  }
  return out;
}

/**
 * Gather: the messages of a Splitter (or of a Multicast's branches, after a Join) wait here and
 * go on as one message, combined as CPI combines them.
 */
export const gatherType = defineStepType<GatherConfig>({
  type: 'gather',
  label: 'Gather',
  description: 'Combines the messages of a Splitter or of Multicast branches into one',
  group: 'Steps',
  category: 'Routing',
  shape: 'task',
  icon: 'M4 6l8 6-8 6 M12 12h8',
  size: { width: 120, height: 64 },
  defaultName: 'Gather',
  defaultConfig: () => ({
    messageType: 'PlainText',
    algorithm: 'concatenate',
    sourceXPath: '',
    targetXPath: '',
  }),
  configSchema: gatherConfigSchema,
  collects: 'combines',
  form: [
    {
      title: 'Aggregation Strategy',
      fields: [
        {
          key: 'messageType',
          label: 'Incoming Format',
          kind: 'select',
          options: [
            { value: 'PlainText', label: 'Plain Text' },
            { value: 'SameXMLFormat', label: 'XML (Same Format)' },
            { value: 'DiffXMLFormat', label: 'XML (Different Format)' },
          ],
        },
        {
          key: 'algorithm',
          label: 'Aggregation Algorithm',
          kind: 'select',
          options: [
            { value: 'concatenate', label: 'Concatenate' },
            { value: 'combine', label: 'Combine' },
            { value: 'combineAtXPath', label: 'Combine at XPath' },
          ],
        },
        {
          key: 'sourceXPath',
          label: 'Combine from source (XPath)',
          kind: 'text',
          placeholder: '/Orders/Order',
          visibleWhen: (c) => c.algorithm === 'combineAtXPath',
        },
        {
          key: 'targetXPath',
          label: 'Combine at target (XPath)',
          kind: 'text',
          placeholder: '/Orders',
          visibleWhen: (c) => c.algorithm === 'combineAtXPath',
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate,
  execute: async (ctx, message, config) => {
    try {
      const { combine } = await combining();
      const parts = ctx.gathered ?? [message];
      const ns = parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map;
      message.body = combine(
        parts.map((p) => bodyText(p.body)),
        config,
        ns,
      );
      return { message };
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
