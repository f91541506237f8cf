import type { CamelStepCodec } from '../../registry/camelCodec';

/** Error End → throwException, so Camel's error handling (and the caller) see a failure. */
export const errorEndCamel: CamelStepCodec<Record<string, never>> = {
  write: (_c, step) => [
    {
      throwException: {
        exceptionType: 'java.lang.IllegalStateException',
        message: `${step.name}: the flow ended with an Error End event`,
      },
    },
  ],
  endsPath: true,
};
