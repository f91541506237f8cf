import type { CamelStepCodec } from '../../registry/camelCodec';

/** Like a Start, a Timer Start adds no processor. */
export const timerStartCamel: CamelStepCodec<Record<string, never>> = { write: () => [] };
