import type { CpiStepCodec } from '../../registry/cpiCodec';

/** Request Reply: a serviceTask; the call itself is the message flow to the Receiver. */
export const requestReplyCpi: CpiStepCodec<Record<string, never>> = {
  element: 'serviceTask',
  activityType: 'ExternalCall',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::ExternalCall/version::1.0.4',
  componentVersion: '1.0',
  read: () => ({}),
  write: () => ({}),
};
