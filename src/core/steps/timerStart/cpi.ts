import type { CpiStepCodec } from '../../registry/cpiCodec';

/**
 * Timer Start: a startEvent with a timerEventDefinition. CPI keeps the schedule (scheduleKey)
 * and the step's own activityType in the event definition's properties, which the codec core
 * keeps and writes back as they came.
 */
export const timerStartCpi: CpiStepCodec<Record<string, never>> = {
  element: 'startEvent',
  eventDefinitions: ['timer'],
  activityTypeAliases: ['StartTimerEvent'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::intermediatetimer/version::1.2.0',
  componentVersion: '1.2',
  read: () => ({}),
  write: () => ({}),
};
