import { lazyCodecs } from '../../registry/lazyCodecs';
import * as z from 'zod/mini';
import { defineStepType } from '../../registry/types';
import { stepProblem } from '../../engine/stepProblem';

export const processCallConfigSchema = z.strictObject({
  /** Id of the Local Integration Process (a localProcess step) to run. */
  processId: z.string().check(z.maxLength(200)),
});

export type ProcessCallConfig = z.infer<typeof processCallConfigSchema>;

/** Process Call: runs a Local Integration Process and continues with its result. */
export const processCallType = defineStepType<ProcessCallConfig>({
  type: 'processCall',
  label: 'Process Call',
  description: 'Runs a Local Integration Process, then goes on',
  group: 'Steps',
  category: 'Call',
  shape: 'task',
  icon: 'M4 6h16v12H4z M8 12h8 M13 9l3 3-3 3',
  size: { width: 120, height: 64 },
  defaultName: 'Process Call',
  defaultConfig: () => ({ processId: '' }),
  configSchema: processCallConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'processId',
          label: 'Local Integration Process (id)',
          kind: 'text',
          required: true,
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step, flow) => {
    const id = typeof step.config.processId === 'string' ? step.config.processId : '';
    if (!id)
      return [stepProblem(step, 'choose the Local Integration Process to call', 'processId')];
    const target = flow.process.steps.find((s) => s.id === id);
    if (target?.type !== 'localProcess')
      return [stepProblem(step, `no Local Integration Process with id "${id}"`, 'processId')];
    return [];
  },
  execute: async (ctx, message, config) => {
    const start = ctx.flow.process.steps.find(
      (s) => s.type === 'startEvent' && s.parentId === config.processId,
    );
    if (!start)
      return {
        message,
        error: {
          type: 'ConfigurationError',
          message: `"${ctx.step.name}" calls "${config.processId}", which is not a Local Integration Process with a Start event`,
        },
      };
    return { message, call: start.id };
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
