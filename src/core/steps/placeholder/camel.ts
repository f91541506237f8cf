import type { CamelStepCodec } from '../../registry/camelCodec';
import type { PlaceholderConfig } from './index';

/** Imported CPI steps the studio does not model are refused by their CPI shape name. */
export const placeholderCamel: CamelStepCodec<PlaceholderConfig> = {
  write: (config, step, ctx) =>
    ctx.refuse(
      step,
      `${config.shapeName} steps are not modelled by the studio, so they have no Camel mapping; replace or remove the step`,
    ),
};
