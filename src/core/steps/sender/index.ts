import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';

/** Sender participant: the system that calls the flow. Stored in flow.participants. */
export const senderType = defineStepType<EmptyConfig>({
  type: 'sender',
  label: 'Sender',
  description: 'The system that sends messages to this flow',
  group: 'Participants',
  shape: 'participant',
  icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4 0-8 2-8 5v1h16v-1c0-3-4-5-8-5z',
  size: { width: 110, height: 140 },
  defaultName: 'Sender',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: {},
});
