import { lazyCodecs } from '../../registry/lazyCodecs';
import * as z from 'zod/mini';
import { defineStepType } from '../../registry/types';
import { lazyModule } from '../../registry/lazyModule';

// Read only when a run reaches a Message Mapping: it stays out of the registry's first load.
const mmap = lazyModule(() => import('./messageMapping'));

export const placeholderConfigSchema = z.strictObject({
  /** CPI's name for the shape, e.g. "Splitter", "Data Store Write", "Timer Start". */
  shapeName: z.string().check(z.maxLength(200)),
  /** The BPMN element it came from (callActivity, serviceTask, startEvent, …). */
  element: z.string().check(z.maxLength(200)),
  /** Every ifl:property of the element, kept as it came (shown read-only, exported unchanged). */
  properties: z.record(
    z.string().check(z.maxLength(200)),
    z.string().check(z.maxLength(1_000_000)),
  ),
});

export type PlaceholderConfig = z.infer<typeof placeholderConfigSchema>;

/**
 * A step of a kind the studio does not model yet (Splitter, Gather, Mapping, Data Store, …),
 * imported from a CPI archive. It is drawn with its CPI shape name, keeps all its properties,
 * exports unchanged, and stops a simulation with a clear message instead of being skipped.
 */
export const placeholderType = defineStepType<PlaceholderConfig>({
  type: 'placeholder',
  label: 'Unsupported step',
  description: 'A CPI step kind the studio cannot edit or run yet; kept unchanged',
  group: 'Steps',
  category: 'Imported',
  shape: 'task',
  icon: 'M4 4h16v16H4z M9 9a3 3 0 1 1 3 3v2 M12 17v.5',
  size: { width: 120, height: 64 },
  defaultName: 'Step',
  defaultConfig: () => ({ shapeName: 'Unknown', element: 'callActivity', properties: {} }),
  configSchema: placeholderConfigSchema,
  form: [],
  connections: {},
  readOnly: true,
  // An imported end event CPI has and the studio does not (Escalation End) still ends its path.
  endsPath: (config) => config.element === 'endEvent',
  look: (config) => ({ label: config.shapeName, icon: iconFor(config.shapeName) }),
  validate: (step) => [
    {
      severity: 'warning',
      message: `${step.name}: ${shapeOf(step.config)} steps cannot be edited or simulated yet`,
      elementId: step.id,
      elementKind: 'step',
    },
  ],
  execute: async (ctx, message, config) => ({
    message,
    error: {
      type: 'NotSupported',
      message:
        config.shapeName === 'Message Mapping'
          ? (await mmap()).messageMappingError(ctx.step.name, ctx.flow, config.properties)
          : `Step '${ctx.step.name}' (${config.shapeName}) cannot be simulated yet`,
    },
  }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});

function shapeOf(config: Record<string, unknown>): string {
  return typeof config.shapeName === 'string' ? config.shapeName : 'Unknown';
}

/** Icons (24×24 path data) for the CPI shapes met most often; a generic box otherwise. */
const ICONS: [RegExp, string][] = [
  [/split/i, 'M4 12h6 M10 12l8-6 M10 12l8 6 M10 12h10'],
  [/gather|aggregat|join/i, 'M4 6l8 6-8 6 M12 12h8'],
  [/multicast/i, 'M4 12h5 M9 12l10-7 M9 12h10 M9 12l10 7'],
  [/mapping/i, 'M4 6h6v12H4z M14 6h6v12h-6z M10 9h4 M10 15h4'],
  [/filter/i, 'M4 5h16l-6 8v6l-4-2v-4z'],
  [/data ?store|persist|db/i, 'M5 6c0-2 14-2 14 0v12c0 2-14 2-14 0z M5 6c0 2 14 2 14 0'],
  [/timer/i, 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16 M12 8v4l3 2'],
  [/send|mail/i, 'M3 12l18-8-6 18-3-7z'],
  [/encrypt|decrypt|sign|verif/i, 'M6 11h12v9H6z M8 11V8a4 4 0 0 1 8 0v3'],
];

function iconFor(shapeName: string): string {
  return (
    ICONS.find(([re]) => re.test(shapeName))?.[1] ?? 'M4 4h16v16H4z M9 9a3 3 0 1 1 3 3v2 M12 17v.5'
  );
}
