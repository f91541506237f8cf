import { defineStepType, type StepTypeDef } from '../../registry/types';
import type { CamelNode } from '../../registry/camelCodec';
import { emptyConfigSchema, type EmptyConfig } from '../../registry/emptyConfig';
import type { Message } from '../../model/message';
import type { StepExecContext } from '../../engine/types';
import { lazyModule } from '../../registry/lazyModule';
import { lazyCodecs } from '../../registry/lazyCodecs';

export const bytesModule = lazyModule(() => import('./bytes'));
type Bytes = Awaited<ReturnType<typeof bytesModule>>;

/**
 * One of CPI's Encoder / Decoder steps. CPI has one activityType for each family and tells the
 * variant by `encoderType` ("Base64 Encode", "ZIP Decompress", …); its palette lists each variant
 * as a step of its own, with no setting but the name, and so does the studio.
 */
export function encodingStep(spec: {
  type: string;
  label: string;
  description: string;
  icon: string;
  activityType: 'Encoder' | 'Decoder';
  encoderType: string;
  version: string;
  camel: CamelNode;
  run: (bytes: Bytes, message: Message, ctx: StepExecContext) => Message;
}): StepTypeDef<EmptyConfig> {
  return defineStepType<EmptyConfig>({
    type: spec.type,
    label: spec.label,
    description: spec.description,
    group: 'Steps',
    category: 'Transformation',
    shape: 'task',
    icon: spec.icon,
    size: { width: 120, height: 64 },
    defaultName: spec.label,
    defaultConfig: () => ({}),
    configSchema: emptyConfigSchema,
    form: [],
    connections: { maxOutgoing: 1 },
    execute: async (ctx, message) => {
      try {
        // Lazy: fflate and the codecs load with the first run of such a step.
        return { message: spec.run(await bytesModule(), message, ctx) };
      } catch (e) {
        const err = e as Error;
        return { message, error: { type: err.name, message: err.message } };
      }
    },
    codecs: lazyCodecs(async () => (await import('./codecs')).encodingCodecs(spec)),
  });
}
