import type { CpiStepCodec } from '../../registry/cpiCodec';

export const exceptionSubprocessCpi: CpiStepCodec<Record<string, never>> = {
  element: 'subProcess',
  activityType: 'ErrorEventSubProcessTemplate',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::ErrorEventSubProcessTemplate/version::1.1.0',
  componentVersion: '1.1',
  read: () => ({}),
  write: () => ({}),
};
