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
  // Drawn in the studio: Run Once (CPI's default), written where CPI writes a timer's settings.
  eventDefinitionProperties: () => ({
    activityType: 'StartTimerEvent',
    scheduleKey:
      '<row><cell>triggerType</cell><cell>simple</cell></row><row><cell>noOfSchedules</cell><cell>1</cell></row><row><cell>schedule1</cell><cell>fireNow=true</cell></row>',
  }),
  read: () => ({}),
  write: () => ({}),
};
