import type { CamelStepCodec } from '../../registry/camelCodec';
import { localProcessUri } from '../localProcess/camel';
import type { ProcessCallConfig } from './index';

/** Process Call → `to: direct:<id>`, the route of the Local Integration Process it names. */
export const processCallCamel: CamelStepCodec<ProcessCallConfig> = {
  write(config, step, ctx) {
    const target = ctx.flow.process.steps.find((s) => s.id === config.processId);
    if (target?.type !== 'localProcess')
      return ctx.refuse(step, `no Local Integration Process with id "${config.processId}"`);
    return [{ to: { uri: localProcessUri(target.id) } }];
  },
};
