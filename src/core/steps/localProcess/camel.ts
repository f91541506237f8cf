import type { CamelStepCodec } from '../../registry/camelCodec';

/** The `direct:` endpoint of a Local Integration Process (Process Call sends to it). */
export function localProcessUri(processId: string): string {
  return `direct:${processId}`;
}

/** Local Integration Process → a route of its own, `from: direct:<id>`, run by Process Calls. */
export const localProcessCamel: CamelStepCodec<Record<string, never>> = {
  write: (_c, step, ctx) =>
    ctx.refuse(step, 'a Local Integration Process is not a step of a path (it has no links)'),
  route: (_config, step, ctx) => ({
    route: {
      id: ctx.routeId(step.id),
      description: step.name,
      from: { uri: localProcessUri(step.id), steps: ctx.process(step.id) },
    },
  }),
};
