import type { Flow } from '../model/flow';
import type { Message } from '../model/message';

/** CPI's message processing log id: 28 characters of URL-safe base64, like "AGXr…". */
export function newMessageId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(21));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return ('AG' + btoa(s).replace(/\+/g, '-').replace(/\//g, '_')).slice(0, 28);
}

/** Camel's exchange id form, e.g. "ID-ifs-3f2a9c1e-1700000000000-0-1". */
export function newExchangeId(now: Date): string {
  const rand = globalThis.crypto.randomUUID().slice(0, 8);
  return `ID-ifs-${rand}-${now.getTime()}-0-1`;
}

/** Sets the properties CPI puts on every exchange, unless the input already carries them. */
export function withCpiProperties(
  message: Message,
  flow: Flow,
  ids: { messageId: string },
  now: Date,
): Message {
  const p = message.properties;
  return {
    ...message,
    properties: {
      ...p,
      SAP_MessageProcessingLogID: p.SAP_MessageProcessingLogID ?? ids.messageId,
      CamelCreatedTimestamp: p.CamelCreatedTimestamp ?? now.getTime(),
      SAP_MPL_LogLevel_Overall: p.SAP_MPL_LogLevel_Overall ?? flow.settings.logLevel.toUpperCase(),
    },
  };
}
