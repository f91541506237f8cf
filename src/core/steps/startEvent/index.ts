import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';

/** Start Message event: where a message from the Sender enters the process. */
export const startEventType = defineStepType<EmptyConfig>({
  type: 'startEvent',
  label: 'Start Message',
  description: 'Start message event: the process begins when a message arrives',
  group: 'Events',
  shape: 'startEvent',
  icon: 'M4 7h16v10H4z M4 7l8 6 8-6',
  size: { width: 48, height: 48 },
  defaultName: 'Start',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxIncoming: 0, maxOutgoing: 1, acceptsSender: true },
  singleton: true,
  startsProcess: true,
  // Start passes the message through unchanged.
  execute: async (_ctx, message) => ({ message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
