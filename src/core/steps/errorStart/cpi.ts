import type { CpiStepCodec } from '../../registry/cpiCodec';

export const errorStartCpi: CpiStepCodec<Record<string, never>> = {
  element: 'startEvent',
  eventDefinitions: ['error'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::ErrorStartEvent',
  componentVersion: '1.0',
  read: () => ({}),
  write: () => ({}),
};
