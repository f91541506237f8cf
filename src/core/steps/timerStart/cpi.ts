import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { TimerStartConfig } from './config';
import { configOfScheduleKey, sameSchedule, scheduleKeyOf } from './schedule';

/**
 * Timer Start: a startEvent with a timerEventDefinition. CPI keeps the schedule (scheduleKey)
 * and the step's own activityType in the event definition's properties. An imported schedule
 * the studio did not change goes back exactly as it came; a changed one is written anew.
 */
export const timerStartCpi: CpiStepCodec<TimerStartConfig> = {
  element: 'startEvent',
  eventDefinitions: ['timer'],
  activityTypeAliases: ['StartTimerEvent'],
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::intermediatetimer/version::1.2.0',
  componentVersion: '1.2',
  eventProperties(config, asImported) {
    if (!asImported) return { activityType: 'StartTimerEvent', scheduleKey: scheduleKeyOf(config) };
    if (sameSchedule(configOfScheduleKey(asImported.scheduleKey), config)) return asImported;
    return { ...asImported, scheduleKey: scheduleKeyOf(config) };
  },
  read: (_props, ctx) => configOfScheduleKey(ctx.eventProperties.scheduleKey),
  write: () => ({}),
};
