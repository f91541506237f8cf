import type { CamelStepCodec } from '../../registry/camelCodec';
import { adapterCodecs } from '../../registry/codecs';

/** Request Reply → the receiver adapter's call (HTTP: `to` on Camel's http component). */
export const requestReplyCamel: CamelStepCodec<Record<string, never>> = {
  write(_config, step, ctx) {
    const call = ctx.flow.messageFlows.find((m) => m.source === step.id);
    if (!call) return ctx.refuse(step, 'it is not connected to a Receiver');
    const codec = adapterCodecs(call.adapter.type).camel;
    if (!codec?.call)
      return ctx.refuse(step, `receiver adapter "${call.adapter.type}" has no Camel mapping`);
    return codec.call(call.adapter.config as never, (why) => ctx.refuse(step, why));
  },
};
