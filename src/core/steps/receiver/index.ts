import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';

/** Receiver participant: a system the flow calls. Stored in flow.participants. */
export const receiverType = defineStepType<EmptyConfig>({
  type: 'receiver',
  label: 'Receiver',
  description: 'A system this flow sends messages to',
  group: 'Participants',
  shape: 'participant',
  icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4 0-8 2-8 5v1h16v-1c0-3-4-5-8-5z',
  size: { width: 110, height: 140 },
  defaultName: 'Receiver',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: {},
});
