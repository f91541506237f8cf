import type { CamelStepCodec } from '../../registry/camelCodec';

/** The Error Start is where the doCatch of its Exception Subprocess begins; no processor. */
export const errorStartCamel: CamelStepCodec<Record<string, never>> = { write: () => [] };
