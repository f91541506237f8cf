import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';
import type { Problem } from '../../validation/problem';
import { stepProblem } from '../../engine/stepProblem';

/**
 * Exception Subprocess: a container in the Integration Process. When a step of the main process
 * fails, the engine continues at the Error Start inside it, with the error in the
 * CamelExceptionCaught property. The container itself never runs.
 */
export const exceptionSubprocessType = defineStepType<EmptyConfig>({
  type: 'exceptionSubprocess',
  label: 'Exception Subprocess',
  description: 'Handles errors of the main process',
  group: 'Steps',
  category: 'Process',
  shape: 'subprocess',
  icon: 'M3 5h18v14H3z M12 8v5 M12 16v.5',
  size: { width: 420, height: 200 },
  defaultName: 'Exception Subprocess',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxIncoming: 0, maxOutgoing: 0 },
  container: true,
  validate: (step, flow) => {
    const problems: Problem[] = [];
    const parent = step.parentId && flow.process.steps.find((s) => s.id === step.parentId);
    // A Local Integration Process may have its own Exception Subprocess.
    if (step.parentId && (!parent || parent.type !== 'localProcess'))
      problems.push(stepProblem(step, 'an Exception Subprocess cannot be nested'));
    const children = flow.process.steps.filter((s) => s.parentId === step.id);
    if (!children.some((s) => s.type === 'errorStart'))
      problems.push(stepProblem(step, 'add an Error Start event inside the Exception Subprocess'));
    if (!children.some((s) => s.type === 'endEvent' || s.type === 'errorEnd'))
      problems.push(
        stepProblem(step, 'add an End Message or Error End event inside the Exception Subprocess'),
      );
    const others = flow.process.steps.filter(
      (s) => s.type === 'exceptionSubprocess' && !s.parentId,
    );
    if (others.length > 1 && others[0]?.id !== step.id)
      problems.push(stepProblem(step, 'the Integration Process has only one Exception Subprocess'));
    return problems;
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
