import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';
import type { Problem } from '../../validation/problem';
import { stepProblem } from '../../engine/stepProblem';

/**
 * Local Integration Process: a process of its own (CPI draws it as a separate pool), run only
 * when a Process Call names it. It holds a Start, steps and an End, like the main process.
 */
export const localProcessType = defineStepType<EmptyConfig>({
  type: 'localProcess',
  label: 'Local Integration Process',
  description: 'A reusable process called by Process Call steps',
  group: 'Steps',
  category: 'Process',
  shape: 'pool',
  icon: 'M3 5h18v14H3z M7 5v14',
  size: { width: 520, height: 200 },
  defaultName: 'Local Integration Process',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxIncoming: 0, maxOutgoing: 0 },
  container: true,
  validate: (step, flow) => {
    const problems: Problem[] = [];
    if (step.parentId)
      problems.push(stepProblem(step, 'a Local Integration Process cannot be nested'));
    const children = flow.process.steps.filter((s) => s.parentId === step.id);
    if (!children.some((s) => s.type === 'startEvent'))
      problems.push(stepProblem(step, 'add a Start event inside the Local Integration Process'));
    if (!children.some((s) => s.type === 'endEvent' || s.type === 'errorEnd'))
      problems.push(stepProblem(step, 'add an End event inside the Local Integration Process'));
    return problems;
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
