import type { CamelStepCodec } from '../../registry/camelCodec';

/** A route ends by itself; the End event adds no processor. */
export const endEventCamel: CamelStepCodec<Record<string, never>> = {
  write: () => [],
  endsPath: true,
};
