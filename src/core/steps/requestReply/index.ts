import { lazyCodecs } from '../../registry/lazyCodecs';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import { defineStepType } from '../../registry/types';
import { stepProblem } from '../../engine/stepProblem';
import { httpReceiverConfigSchema, parseHeaderLines } from '../../adapters/httpReceiver';

/**
 * Request Reply: calls a Receiver over the message flow leaving this step and makes the reply
 * the new body. In the browser the reply is the adapter's mock; status ≥ 400 fails the step
 * the way CPI raises an HttpResponseException.
 */
export const requestReplyType = defineStepType<EmptyConfig>({
  type: 'requestReply',
  label: 'Request Reply',
  description: 'Calls a receiver system and continues with its reply',
  group: 'Steps',
  category: 'Call',
  shape: 'task',
  icon: 'M4 8h13l-3-3 M20 16H7l3 3',
  size: { width: 120, height: 64 },
  defaultName: 'Request Reply',
  defaultConfig: () => ({}),
  configSchema: emptyConfigSchema,
  form: [],
  connections: { maxOutgoing: 1, mayCallReceiver: true },
  validate: (step, flow) => {
    const calls = flow.messageFlows.filter((m) => m.source === step.id);
    if (calls.length === 0) return [stepProblem(step, 'connect it to a Receiver')];
    if (calls.length > 1) return [stepProblem(step, 'only one Receiver may be called')];
    return [];
  },
  execute: async (ctx, message) => {
    const call = ctx.flow.messageFlows.find((m) => m.source === ctx.step.id);
    if (!call)
      return {
        message,
        error: {
          type: 'ConfigurationError',
          message: `"${ctx.step.name}" is not connected to a Receiver`,
        },
      };
    if (call.adapter.type !== 'HTTP')
      return {
        message,
        error: {
          type: 'ConfigurationError',
          message: `Adapter "${call.adapter.type}" cannot be simulated`,
        },
      };
    const parsed = httpReceiverConfigSchema.safeParse(call.adapter.config);
    if (!parsed.success)
      return {
        message,
        error: {
          type: 'ConfigurationError',
          message: 'The HTTP receiver adapter configuration is invalid',
        },
      };
    const c = parsed.data;
    const logs = [
      { level: 'info', text: `${c.method} ${c.address} → ${c.mockStatus} (simulated reply)` },
    ];
    if (c.mockStatus >= 400) {
      return {
        message,
        logs,
        error: {
          type: 'com.sap.it.rt.adapter.http.api.exception.HttpResponseException',
          message: `An internal server error occured: HTTP operation failed invoking ${c.address} with statusCode: ${c.mockStatus}. Response body: ${c.mockBody}`,
        },
      };
    }
    message.headers = {
      ...message.headers,
      ...parseHeaderLines(c.mockHeaders).headers,
      CamelHttpResponseCode: c.mockStatus,
    };
    message.body = c.method === 'HEAD' ? '' : c.mockBody;
    return { message, logs };
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
