import type { CamelStepCodec } from '../../registry/camelCodec';
import { ERROR_END_PROPERTY } from '../exceptionSubprocess/camel';

/**
 * Error End → `throwException`, so the caller sees a failure. The property it sets first keeps
 * the main process's Exception Subprocess from catching it (the studio's engine does not either);
 * inside the subprocess it ends the exchange as failed.
 */
export const errorEndCamel: CamelStepCodec<Record<string, never>> = {
  write: (_c, step) => [
    { setProperty: { name: ERROR_END_PROPERTY, constant: { expression: step.name } } },
    {
      throwException: {
        exceptionType: 'java.lang.IllegalStateException',
        message: `${step.name}: the flow ended with an Error End event`,
      },
    },
  ],
  endsPath: true,
};
