import type { CamelStepCodec } from '../../registry/camelCodec';

/** The exchange property an Error End sets before it throws (see errorEnd/camel.ts). */
export const ERROR_END_PROPERTY = 'IfsErrorEnd';

/**
 * Exception Subprocess → `doTry` around the process it sits in, with one `doCatch` for every
 * exception running the subprocess from its Error Start. Camel sets the CamelExceptionCaught
 * property as CPI does. An Error End of the process itself is not handed to the subprocess
 * (as in the studio's engine): the catch skips exchanges that carry its property.
 */
export const exceptionSubprocessCamel: CamelStepCodec<Record<string, never>> = {
  write: (_c, step, ctx) =>
    ctx.refuse(step, 'an Exception Subprocess is not a step of a path (it has no links)'),
  wrap(_config, step, ctx, steps) {
    const errorStart = ctx.flow.process.steps.find(
      (s) => s.parentId === step.id && s.type === 'errorStart',
    );
    if (!errorStart) return ctx.refuse(step, 'it has no Error Start event');
    return [
      {
        doTry: {
          id: step.id,
          description: step.name,
          steps,
          doCatch: [
            {
              exception: ['java.lang.Exception'],
              onWhen: {
                simple: { expression: `\${exchangeProperty.${ERROR_END_PROPERTY}} == null` },
              },
              steps: ctx.follow(errorStart.id),
            },
          ],
        },
      },
    ];
  },
};
