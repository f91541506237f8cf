import { z } from 'zod';
import { errorEndCamel } from './camel';
import { defineStepType } from '../../registry/types';
import { errorEndCpi } from './cpi';

/**
 * Error End event: the process (or Exception Subprocess) ends and the run fails. The engine
 * recognises it by type after it runs; in the main process it is not caught by a subprocess.
 */
export const errorEndType = defineStepType<Record<string, never>>({
  type: 'errorEnd',
  label: 'Error End',
  description: 'Error end event: the process ends with an error',
  group: 'Events',
  shape: 'endEvent',
  icon: 'M7 17l3-7 4 4 3-7',
  size: { width: 48, height: 48 },
  defaultName: 'Error End',
  defaultConfig: () => ({}),
  configSchema: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  form: [],
  connections: { maxOutgoing: 0 },
  execute: async (_ctx, message) => ({ message }),
  codecs: { cpi: errorEndCpi, camel: errorEndCamel },
});
