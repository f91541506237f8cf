import type { Flow } from '../model/flow';
import type { Message } from '../model/message';
import { requestToMessage } from './requestToMessage';
import type { HttpRequestInfo } from './types';

/** The Sender → Start adapter's address, used to compute CamelHttpPath. */
function senderAddress(flow: Flow): string {
  const start = flow.process.steps.find((s) => s.type === 'startEvent' && !s.parentId);
  const link = flow.messageFlows.find((m) => m.target === start?.id && m.adapter.type === 'HTTPS');
  const address = link?.adapter.config.address;
  return typeof address === 'string' ? address : '';
}

/**
 * The run's first message: the input as given, or, when the run starts from an HTTP request,
 * the adapter's mapping with the input's own headers, properties and (non-empty) body on top.
 */
export function inputFromRequest(flow: Flow, input: Message, request?: HttpRequestInfo): Message {
  if (!request) return input;
  const mapped = requestToMessage(flow, request, senderAddress(flow));
  const hasBody = input.body !== undefined && input.body !== null && input.body !== '';
  return {
    body: hasBody ? input.body : mapped.body,
    headers: { ...mapped.headers, ...input.headers },
    properties: { ...mapped.properties, ...input.properties },
  };
}
