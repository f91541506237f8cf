import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';

/**
 * Error End event: the process (or Exception Subprocess) ends and the run fails. The engine
 * recognises it by type after it runs; in the main process it is not caught by a subprocess.
 */
export const errorEndType = defineStepType<EmptyConfig>({
  type: 'errorEnd',
  label: 'Error End',
  description: 'Error end event: the process ends with an error',
  group: 'Events',
  shape: 'endEvent',
  icon: 'M7 17l3-7 4 4 3-7',
  size: { width: 48, height: 48 },
  defaultName: 'Error End',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxOutgoing: 0 },
  execute: async (_ctx, message) => ({ message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
