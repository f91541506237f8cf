import * as z from 'zod/mini';
import { defineAdapterType, type AdapterTypeDef } from '../../registry/types';
import { lazyCodecs } from '../../registry/lazyCodecs';

export const genericAdapterConfigSchema = z.strictObject({
  /** CPI's ComponentType, e.g. "SFTP", "AMQP", "OData". */
  componentType: z.string().check(z.maxLength(200)),
  /** Every property of the adapter, as it came. */
  properties: z.record(
    z.string().check(z.maxLength(200)),
    z.string().check(z.maxLength(1_000_000)),
  ),
});

export type GenericAdapterConfig = z.infer<typeof genericAdapterConfigSchema>;

function generic(direction: 'sender' | 'receiver'): AdapterTypeDef<GenericAdapterConfig> {
  return defineAdapterType<GenericAdapterConfig>({
    type: direction === 'sender' ? 'cpiSender' : 'cpiReceiver',
    label: direction === 'sender' ? 'Other CPI sender adapter' : 'Other CPI receiver adapter',
    direction,
    readOnly: true,
    defaultConfig: () => ({ componentType: '', properties: {} }),
    configSchema: genericAdapterConfigSchema,
    form: [],
    codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
  });
}

/**
 * Any CPI adapter the studio does not model (SFTP, AMQP, OData, Mail, …), imported with all its
 * properties, shown read-only and exported unchanged. It cannot be simulated.
 */
export const genericSenderAdapter = generic('sender');
export const genericReceiverAdapter = generic('receiver');
