import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';
import { stepProblem } from '../../engine/stepProblem';

/** Error Start event: where an Exception Subprocess begins when the main process fails. */
export const errorStartType = defineStepType<EmptyConfig>({
  type: 'errorStart',
  label: 'Error Start',
  description: 'Error start event: begins an Exception Subprocess',
  group: 'Events',
  shape: 'startEvent',
  icon: 'M7 17l3-7 4 4 3-7',
  size: { width: 48, height: 48 },
  defaultName: 'Error Start',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxIncoming: 0, maxOutgoing: 1 },
  validate: (step, flow) => {
    const parent = flow.process.steps.find((s) => s.id === step.parentId);
    if (parent?.type !== 'exceptionSubprocess')
      return [stepProblem(step, 'an Error Start event must be inside an Exception Subprocess')];
    const siblings = flow.process.steps.filter(
      (s) => s.parentId === parent.id && s.type === 'errorStart',
    );
    return siblings.length > 1 && siblings[0]?.id !== step.id
      ? [stepProblem(step, 'an Exception Subprocess has only one Error Start event')]
      : [];
  },
  execute: async (_ctx, message) => ({ message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
