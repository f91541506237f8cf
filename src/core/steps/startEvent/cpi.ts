import type { CpiStepCodec } from '../../registry/cpiCodec';

/** Start Message event (a plain Start in a Local Integration Process). */
export const startEventCpi: CpiStepCodec<Record<string, never>> = {
  element: 'startEvent',
  eventDefinitions: ['message', 'none'],
  activityTypeAliases: ['StartEvent'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::MessageStartEvent/version::1.0',
  componentVersion: '1.0',
  read: () => ({}),
  write: () => ({}),
};
