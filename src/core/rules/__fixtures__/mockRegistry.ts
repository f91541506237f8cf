import type * as Registry from '../../registry/registry';
import * as z from 'zod/mini';
import type * as Adapters from '../../adapters';
import type { AdapterTypeDef, StepTypeDef } from '../../registry/types';
import { extraTypes } from './extraTypes';

/** vi.mock factory body: the real registry plus the test-only types. */
export function registryWithExtras(real: typeof Registry): typeof Registry {
  const all: readonly StepTypeDef[] = [...real.elementTypes, ...extraTypes];
  return {
    ...real,
    elementTypes: all,
    getStepType: (type: string) => all.find((d) => d.type === type),
  };
}

/** vi.mock factory body: the real adapters plus a receiver adapter (none exists yet). */
export function adaptersWithExtras(real: typeof Adapters): typeof Adapters {
  const receiver: AdapterTypeDef = {
    type: 'TestHTTP',
    label: 'HTTP',
    direction: 'receiver',
    defaultConfig: () => ({ url: '' }),
    configSchema: z.object({ url: z.string() }) as unknown as z.ZodMiniType<
      Record<string, unknown>
    >,
    form: [],
    validate: (c) => (c.url ? [] : [{ field: 'url', message: 'URL is required' }]),
  };
  const all = [...real.adapterTypes, receiver];
  return {
    ...real,
    adapterTypes: all,
    getAdapterType: (type: string) => all.find((a) => a.type === type),
    adapterTypesFor: (direction: 'sender' | 'receiver') =>
      all.filter((a) => a.direction === direction),
  };
}
