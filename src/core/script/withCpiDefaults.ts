import type { Message } from '../model/message';

/**
 * Add the properties CPI sets on every exchange and scripts read, when missing:
 * SAP_MessageProcessingLogID, CamelCreatedTimestamp (ISO time) and SAP_MPL_LogLevel_Overall.
 */
export function withCpiDefaults(
  message: Message,
  opts: { now: Date | number; id: string },
): Message {
  const now = typeof opts.now === 'number' ? new Date(opts.now) : opts.now;
  const defaults: Record<string, unknown> = {
    SAP_MessageProcessingLogID: opts.id,
    CamelCreatedTimestamp: now.toISOString(),
    SAP_MPL_LogLevel_Overall: 'INFO',
  };
  return { ...message, properties: { ...defaults, ...message.properties } };
}
