import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { stepProblem } from '../../engine/stepProblem';
import {
  defaultTimerStartConfig,
  TIMER_INTERVALS,
  timerStartConfigSchema,
  type TimerStartConfig,
} from './config';
import { timerProblems, timerStartConfigOf } from './schedule';

const runIs =
  (...runs: string[]) =>
  (c: Record<string, unknown>) =>
    runs.includes(String(c.run));

const interval = (minutes: number) =>
  minutes < 60
    ? `${minutes} minute${minutes === 1 ? '' : 's'}`
    : `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;

/**
 * Timer Start: the process begins on a schedule instead of a message from a Sender (CPI's
 * scheduled flows): Run Once right after deploying, or a recurring schedule. A simulation starts
 * here with the message you give it.
 */
export const timerStartType = defineStepType<TimerStartConfig>({
  type: 'timerStart',
  label: 'Timer Start',
  description: 'Start timer event: the process begins on a schedule (simulated when you run it)',
  group: 'Events',
  shape: 'startEvent',
  icon: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16 M12 8v4l3 2',
  size: { width: 48, height: 48 },
  defaultName: 'Start Timer',
  defaultConfig: defaultTimerStartConfig,
  defaultConfigOf: timerStartConfigOf,
  configSchema: timerStartConfigSchema,
  form: [
    {
      title: 'Scheduler',
      fields: [
        {
          key: 'run',
          label: 'Run',
          kind: 'select',
          options: [
            { value: 'once', label: 'Run Once (right after deploying)' },
            { value: 'every', label: 'Schedule to Recur: every few minutes or hours' },
            { value: 'daily', label: 'Schedule to Recur: daily' },
            { value: 'weekly', label: 'Schedule to Recur: weekly' },
            { value: 'monthly', label: 'Schedule to Recur: monthly' },
            { value: 'cron', label: 'Advanced: cron expression' },
            { value: 'parameter', label: 'Externalized parameter' },
          ],
        },
        {
          key: 'interval',
          label: 'Every',
          kind: 'select',
          options: TIMER_INTERVALS.map((m) => ({ value: String(m), label: interval(m) })),
          visibleWhen: runIs('every'),
        },
        {
          key: 'weekdays',
          label: 'On days (MON,TUE,WED,THU,FRI,SAT,SUN)',
          kind: 'text',
          placeholder: 'MON,WED,FRI',
          visibleWhen: runIs('weekly'),
        },
        {
          key: 'dayOfMonth',
          label: 'On day of the month',
          kind: 'number',
          min: 1,
          max: 31,
          visibleWhen: runIs('monthly'),
        },
        {
          key: 'time',
          label: 'At time (HH:MM)',
          kind: 'text',
          placeholder: '06:30',
          visibleWhen: runIs('daily', 'weekly', 'monthly'),
        },
        {
          key: 'cron',
          label:
            'Cron expression (Quartz: seconds minutes hours day-of-month month day-of-week [year])',
          kind: 'text',
          placeholder: '0 0/10 * ? * *',
          visibleWhen: runIs('cron'),
        },
        {
          key: 'timeZone',
          label: 'Time zone',
          kind: 'text',
          placeholder: 'UTC',
          visibleWhen: runIs('every', 'daily', 'weekly', 'monthly', 'cron'),
        },
        {
          key: 'parameter',
          label: "Parameter holding CPI's schedule ({{name}})",
          kind: 'text',
          placeholder: '{{Scheduler}}',
          visibleWhen: runIs('parameter'),
        },
      ],
    },
  ],
  connections: { maxIncoming: 0, maxOutgoing: 1 },
  singleton: true,
  startsProcess: true,
  validate: (step) =>
    timerProblems(timerStartConfigOf(step)).map((p) => stepProblem(step, p.message, p.field)),
  // As a Start: the message the run was given goes on unchanged.
  execute: async (_ctx, message) => ({ message }),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
