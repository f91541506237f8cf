import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';
import { timerStartCamel } from './camel';
import { timerStartCpi } from './cpi';

/**
 * Timer Start: the process begins on a schedule instead of a message from a Sender (CPI's
 * scheduled flows). The schedule comes with imported content and goes back out unchanged; the
 * studio does not fire it: a simulation starts here with the message you give it.
 */
export const timerStartType = defineStepType<EmptyConfig>({
  type: 'timerStart',
  label: 'Timer Start',
  description: 'Start timer event: the process begins on a schedule (simulated when you run it)',
  group: 'Events',
  shape: 'startEvent',
  icon: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16 M12 8v4l3 2',
  size: { width: 48, height: 48 },
  defaultName: 'Start Timer',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxIncoming: 0, maxOutgoing: 1 },
  singleton: true,
  startsProcess: true,
  // As a Start: the message the run was given goes on unchanged.
  execute: async (_ctx, message) => ({ message }),
  codecs: { cpi: timerStartCpi, camel: timerStartCamel },
});
