import * as z from 'zod/mini';

/**
 * How a Timer Start fires, as CPI's timer dialog offers it: Run Once (right after deploying),
 * a recurring schedule (every few minutes or hours, daily, weekly or monthly at a time), an
 * advanced Quartz cron expression, or the schedule of an externalized parameter.
 */
export const TIMER_RUNS = [
  'once',
  'every',
  'daily',
  'weekly',
  'monthly',
  'cron',
  'parameter',
] as const;
export type TimerRun = (typeof TIMER_RUNS)[number];

/** The intervals CPI's "Schedule to Recur" offers, in minutes. */
export const TIMER_INTERVALS = [1, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720] as const;

/**
 * Flows saved before the schedule was editable hold `{}`: the load door fills it from the
 * schedule the step's imported CPI content holds (`timerStartConfigOf`).
 */
export const timerStartConfigSchema = z.strictObject({
  run: z.enum(TIMER_RUNS),
  /** run "every": minutes between two runs, one of TIMER_INTERVALS (a select's value). */
  interval: z.string().check(z.maxLength(10)),
  /** run daily / weekly / monthly: the time of day, "HH:MM". */
  time: z.string().check(z.maxLength(20)),
  /** run weekly: days as "MON,WED,FRI". */
  weekdays: z.string().check(z.maxLength(100)),
  /** run monthly: the day of the month (1–31). */
  dayOfMonth: z.number().check(z.int()),
  /** run cron: a Quartz cron expression (6 or 7 fields, seconds first). */
  cron: z.string().check(z.maxLength(500)),
  /** The time zone the schedule runs in (an IANA name such as "Europe/Berlin"). */
  timeZone: z.string().check(z.maxLength(100)),
  /** run parameter: the externalized parameter holding CPI's schedule, "{{Scheduler}}". */
  parameter: z.string().check(z.maxLength(200)),
});

export type TimerStartConfig = z.infer<typeof timerStartConfigSchema>;

export const defaultTimerStartConfig = (): TimerStartConfig => ({
  run: 'once',
  interval: '10',
  time: '00:00',
  weekdays: 'MON',
  dayOfMonth: 1,
  cron: '0 0/10 * ? * *',
  timeZone: 'UTC',
  parameter: '',
});
