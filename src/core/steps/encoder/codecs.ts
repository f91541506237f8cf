import type { CamelNode, CamelStepCodec } from '../../registry/camelCodec';
import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { EmptyConfig } from '../../registry/emptyConfig';

/**
 * An Encoder / Decoder variant's CPI and Camel codecs (a chunk of their own, loaded on first
 * use): CPI tells the variants of one activityType apart by `encoderType`.
 */
export function encodingCodecs(spec: {
  activityType: 'Encoder' | 'Decoder';
  encoderType: string;
  version: string;
  camel: CamelNode;
}): { cpi: CpiStepCodec<EmptyConfig>; camel: CamelStepCodec<EmptyConfig> } {
  const variant = { encoderType: spec.encoderType };
  return {
    cpi: {
      element: 'callActivity',
      activityType: spec.activityType,
      propertyMatch: variant,
      cmdVariantUri: () =>
        `ctype::FlowstepVariant/cname::${spec.encoderType}/version::${spec.version}`,
      componentVersion: '1.0',
      read: (p) => (p.get('encoderType'), {}),
      write: () => ({ ...variant }),
    },
    camel: { write: () => [spec.camel] },
  };
}
