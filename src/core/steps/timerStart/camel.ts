import type { CamelStepCodec } from '../../registry/camelCodec';
import type { TimerStartConfig } from './config';
import { timerSchedule } from './schedule';

/**
 * A Timer Start adds no processor; it is the route's `from`: Run Once → Camel's `timer` firing
 * once, a cron schedule → `quartz` with the same Quartz expression and time zone CPI runs
 * (CPI's scheduler is Camel's Quartz component).
 */
export const timerStartCamel: CamelStepCodec<TimerStartConfig> = {
  write: () => [],
  from(_config, step, ctx) {
    const schedule = timerSchedule(step, ctx.resolve);
    const name = encodeURIComponent(ctx.routeId());
    if (schedule.kind === 'once') return `timer:${name}?repeatCount=1`;
    if (schedule.kind === 'unreadable') return ctx.refuse(step, schedule.why);
    const cron = schedule.cron.replace(/\s+/g, '+');
    const zone = schedule.timeZone ? `&trigger.timeZone=${schedule.timeZone}` : '';
    return `quartz:${name}?cron=${cron}${zone}`;
  },
};
