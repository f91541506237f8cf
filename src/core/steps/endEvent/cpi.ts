import type { CpiStepCodec } from '../../registry/cpiCodec';

/** End Message event (a plain End in a Local Integration Process). */
export const endEventCpi: CpiStepCodec<Record<string, never>> = {
  element: 'endEvent',
  eventDefinitions: ['message', 'none', 'terminate'],
  activityTypeAliases: ['EndEvent', 'TerminateEvent'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::MessageEndEvent/version::1.1.0',
  componentVersion: '1.1',
  read: () => ({}),
  write: () => ({}),
};
