import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';

/** End Message event: the process ends and the message goes back to the Sender. */
export const endEventType = defineStepType<EmptyConfig>({
  type: 'endEvent',
  label: 'End Message',
  description: 'End message event: the process ends and replies to the sender',
  group: 'Events',
  shape: 'endEvent',
  icon: 'M4 7h16v10H4z M4 7l8 6 8-6',
  size: { width: 48, height: 48 },
  defaultName: 'End',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxOutgoing: 0 },
  execute: async (_ctx, message) => ({ message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
