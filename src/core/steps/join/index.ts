import * as z from 'zod/mini';
import { defineStepType } from '../../registry/types';
import { lazyCodecs } from '../../registry/lazyCodecs';

export const joinConfigSchema = z.strictObject({});
export type JoinConfig = z.infer<typeof joinConfigSchema>;

/**
 * Join: the branches of a Multicast meet here; the run goes on once all have arrived, with the
 * last branch's message (Camel's multicast default), or combined by a Gather right after it.
 */
export const joinType = defineStepType<JoinConfig>({
  type: 'join',
  label: 'Join',
  description: 'Brings the branches of a Multicast together (combine them with a Gather after it)',
  group: 'Steps',
  category: 'Routing',
  shape: 'gateway',
  icon: 'M12 3l9 9-9 9-9-9z M8 9l4 3-4 3 M12 12h4',
  size: { width: 56, height: 56 },
  defaultName: 'Join',
  defaultConfig: () => ({}),
  configSchema: joinConfigSchema,
  form: [],
  connections: { maxOutgoing: 1 },
  collects: 'handsOn',
  execute: async (ctx, message) => ({ message: ctx.gathered?.at(-1) ?? message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
