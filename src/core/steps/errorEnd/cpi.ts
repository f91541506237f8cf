import type { CpiStepCodec } from '../../registry/cpiCodec';

export const errorEndCpi: CpiStepCodec<Record<string, never>> = {
  element: 'endEvent',
  eventDefinitions: ['error'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::ErrorEndEvent',
  componentVersion: '1.0',
  read: () => ({}),
  write: () => ({}),
};
