import type { CamelStepCodec } from '../../registry/camelCodec';

/** The Start event is the route's `from`; it adds no processor. */
export const startEventCamel: CamelStepCodec<Record<string, never>> = { write: () => [] };
