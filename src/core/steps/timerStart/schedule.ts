import type { Step } from '../../model/flow';
import { cpiExt } from '../../io/cpi/ext';
import { defaultTimerStartConfig, TIMER_INTERVALS, type TimerStartConfig } from './config';

/**
 * A Timer Start's schedule as far as the studio reads it. CPI keeps it in the timer event
 * definition's `scheduleKey` property: rows of (name, value) cells, where `schedule1` holds
 * either `fireNow=true` (Run Once) or a Quartz cron expression with "+" for spaces and the time
 * zone after it (`0+0/10+*+?+*+*&trigger.timeZone=UTC`), whatever the dialog showed it as.
 */
export type TimerSchedule =
  | { kind: 'once' }
  | { kind: 'cron'; cron: string; timeZone?: string }
  | { kind: 'unreadable'; why: string };

const ROW = /<row>\s*<cell>([\s\S]*?)<\/cell>\s*<cell>([\s\S]*?)<\/cell>\s*<\/row>/g;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const PARAMETER = /^\{\{[^{}]+\}\}$/;

/** Reads a `scheduleKey` value; none at all is CPI's default for a new timer, Run Once. */
export function parseSchedule(scheduleKey: string | undefined): TimerSchedule {
  const text = scheduleKey?.trim() ?? '';
  if (text === '') return { kind: 'once' };
  if (text.includes('{{'))
    return { kind: 'unreadable', why: `its schedule is the parameter ${text} with no value` };
  const rows = new Map([...text.matchAll(ROW)].map((m) => [m[1]!.trim(), unescapeXml(m[2]!)]));
  if (rows.size === 0) return { kind: 'unreadable', why: "its schedule is not in CPI's form" };
  const count = Number(rows.get('noOfSchedules') ?? '1');
  if (count > 1)
    return { kind: 'unreadable', why: `it has ${count} schedules; one route starts from one` };
  const schedule = rows.get('schedule1')?.trim() ?? '';
  if (/(^|&)fireNow=true(&|$)/.test(schedule)) return { kind: 'once' };
  const [cronPart = '', ...options] = schedule.split('&');
  const cron = cronPart.replace(/\+/g, ' ').trim();
  const fields = cron.split(/\s+/);
  if (cron === '' || fields.length < 6 || fields.length > 7)
    return { kind: 'unreadable', why: `its schedule "${schedule}" is not a cron expression` };
  const timeZone = options
    .map((o) => /^trigger\.timeZone=(.+)$/.exec(o)?.[1])
    .find((z) => z !== undefined);
  return { kind: 'cron', cron, ...(timeZone ? { timeZone } : {}) };
}

/** The Timer Start's settings for a CPI `scheduleKey` (what the dialog shows after an import). */
export function configOfScheduleKey(scheduleKey: string | undefined): TimerStartConfig {
  const base = defaultTimerStartConfig();
  const text = scheduleKey?.trim() ?? '';
  if (PARAMETER.test(text)) return { ...base, run: 'parameter', parameter: text };
  const schedule = parseSchedule(text);
  if (schedule.kind === 'once') return base;
  if (schedule.kind === 'unreadable') return { ...base, run: 'cron', cron: '' };
  return { ...base, run: 'cron', cron: schedule.cron, timeZone: schedule.timeZone ?? 'UTC' };
}

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A problem of one field of the Timer Start's settings. */
export interface TimerProblem {
  field: keyof TimerStartConfig;
  message: string;
}

function timeOf(text: string | undefined): { h: number; m: number } | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text?.trim() ?? '');
  return match ? { h: Number(match[1]), m: Number(match[2]) } : undefined;
}

const dayList = (text: string | undefined) =>
  (text ?? '')
    .toUpperCase()
    .split(/[\s,]+/)
    .filter((d) => d !== '');

/** A time zone the platform knows (IANA names such as "Europe/Berlin", "UTC", "Etc/GMT"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

// Quartz's fields: seconds, minutes, hours, day of month, month, day of week, year (optional).
const CRON_FIELDS: readonly { name: string; min: number; max: number; names?: string[] }[] = [
  { name: 'seconds', min: 0, max: 59 },
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 1, max: 7, names: WEEKDAYS },
  { name: 'year', min: 1970, max: 2099 },
];

function cronValueProblem(value: string, field: (typeof CRON_FIELDS)[number]): string | undefined {
  if (field.names?.includes(value.toUpperCase())) return undefined;
  if (!/^\d+$/.test(value)) return `"${value}" is not a value of ${field.name}`;
  const n = Number(value);
  return n < field.min || n > field.max
    ? `${field.name} is ${field.min}–${field.max}, not ${value}`
    : undefined;
}

/** Why a Quartz cron expression is not one (undefined when it is), in the words of its fields. */
export function cronProblem(cron: string): string | undefined {
  const parts = cron.trim().split(/\s+/);
  if (cron.trim() === '') return 'enter a cron expression';
  if (parts.length < 6 || parts.length > 7)
    return `a cron expression has 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), not ${parts.length}`;
  for (const [i, part] of parts.entries()) {
    const field = CRON_FIELDS[i]!;
    if (part === '?') {
      if (i !== 3 && i !== 5) return `"?" is only for day of month or day of week`;
      continue;
    }
    for (const item of part.split(',')) {
      const [base = '', step, ...more] = item.split('/');
      if (more.length || (step !== undefined && !/^[1-9]\d*$/.test(step)))
        return `"${item}" in ${field.name}: the step after "/" is a positive number`;
      if (base === '*') continue;
      if ((i === 3 && /^(L|LW|\d{1,2}W|L-\d{1,2})$/.test(base)) || (i === 5 && /^\d?L$/.test(base)))
        continue;
      if (i === 5 && /^[1-7]#[1-5]$/.test(base)) continue;
      for (const value of base.split('-')) {
        const problem = cronValueProblem(value, field);
        if (problem) return `${problem} ("${item}")`;
      }
    }
  }
  if ((parts[3] === '?') === (parts[5] === '?'))
    return 'put "?" in exactly one of day of month and day of week (Quartz needs one of them unset)';
  return undefined;
}

/** The cron expression the settings stand for (run once and parameter have none). */
export function cronOfConfig(config: TimerStartConfig): string | undefined {
  const t = timeOf(config.time) ?? { h: 0, m: 0 };
  switch (config.run) {
    case 'every': {
      const minutes = Number(config.interval);
      return minutes < 60 ? `0 0/${minutes} * ? * *` : `0 0 0/${minutes / 60} ? * *`;
    }
    case 'daily':
      return `0 ${t.m} ${t.h} ? * *`;
    case 'weekly':
      return `0 ${t.m} ${t.h} ? * ${dayList(config.weekdays).join(',')}`;
    case 'monthly':
      return `0 ${t.m} ${t.h} ${config.dayOfMonth ?? 1} * ?`;
    case 'cron':
      return config.cron?.trim();
    default:
      return undefined;
  }
}

/** What is wrong with a Timer Start's settings, field by field (nothing when it can run). */
export function timerProblems(config: TimerStartConfig): TimerProblem[] {
  const run = config.run;
  if (run === undefined || run === 'once') return [];
  if (run === 'parameter')
    return PARAMETER.test(config.parameter?.trim() ?? '')
      ? []
      : [{ field: 'parameter', message: 'enter the parameter as {{name}}' }];
  const problems: TimerProblem[] = [];
  if (run === 'every' && !TIMER_INTERVALS.some((m) => String(m) === config.interval))
    problems.push({ field: 'interval', message: 'choose one of the intervals offered' });
  if ((run === 'daily' || run === 'weekly' || run === 'monthly') && !timeOf(config.time))
    problems.push({ field: 'time', message: 'enter the time as HH:MM (24 hours), e.g. 06:30' });
  if (run === 'weekly') {
    const days = dayList(config.weekdays);
    const bad = days.find((d) => !WEEKDAYS.includes(d));
    if (days.length === 0 || bad)
      problems.push({
        field: 'weekdays',
        message: `${bad ? `"${bad}" is not a day; ` : ''}list days as MON,TUE,WED,THU,FRI,SAT,SUN`,
      });
  }
  const day = config.dayOfMonth;
  if (run === 'monthly' && (day === undefined || day < 1 || day > 31))
    problems.push({ field: 'dayOfMonth', message: 'the day of the month is 1–31' });
  if (run === 'cron') {
    const problem = cronProblem(config.cron ?? '');
    if (problem) problems.push({ field: 'cron', message: problem });
  }
  if (!isTimeZone(config.timeZone ?? 'UTC'))
    problems.push({
      field: 'timeZone',
      message: `"${config.timeZone}" is not a time zone; use a name such as UTC or Europe/Berlin`,
    });
  return problems;
}

/** CPI's `scheduleKey` for the settings (the rows its timer dialog writes). */
export function scheduleKeyOf(config: TimerStartConfig): string {
  const row = (name: string, value: string) =>
    `<row><cell>${name}</cell><cell>${value}</cell></row>`;
  if (config.run === 'parameter') return config.parameter?.trim() ?? '';
  const cron = cronOfConfig(config);
  if (cron === undefined)
    return (
      row('triggerType', 'simple') + row('noOfSchedules', '1') + row('schedule1', 'fireNow=true')
    );
  const zone = config.timeZone?.trim() || 'UTC';
  return (
    row('triggerType', 'cron') +
    row('timeZone', `${zone}(${zone})`) +
    row('noOfSchedules', '1') +
    row('schedule1', `${cron.replace(/\s+/g, '+')}&amp;trigger.timeZone=${zone}`)
  );
}

/** Two settings that fire alike (ignoring the fields their kind of run does not use). */
export function sameSchedule(a: TimerStartConfig, b: TimerStartConfig): boolean {
  const key = (c: TimerStartConfig) =>
    c.run === 'parameter'
      ? `p:${c.parameter?.trim()}`
      : `${cronOfConfig(c) ?? 'once'}|${c.run === 'once' || c.run === undefined ? '' : c.timeZone?.trim() || 'UTC'}`;
  return key(a) === key(b);
}

/**
 * A Timer Start's settings. A step saved before its schedule was editable (`{}`: a flow the load
 * door has not seen since, a deployment's snapshot) has the settings of the CPI schedule it keeps.
 */
export function timerStartConfigOf(step: Step): TimerStartConfig {
  const config = step.config as Partial<TimerStartConfig>;
  if (config.run !== undefined) return { ...defaultTimerStartConfig(), ...config };
  return {
    ...configOfScheduleKey(cpiExt(step.extensions).eventProperties?.scheduleKey),
    ...config,
  };
}

/**
 * The schedule of a Timer Start, from its settings, with `{{parameters}}` resolved by `resolve`
 * (given by the caller, so this module stays small in the first screen's bundle).
 */
export function timerSchedule(step: Step, resolve: (text: string) => string): TimerSchedule {
  const config = timerStartConfigOf(step);
  if (config.run === 'once') return { kind: 'once' };
  if (config.run === 'parameter') return parseSchedule(resolve(config.parameter ?? ''));
  const problem = timerProblems(config)[0];
  if (problem) return { kind: 'unreadable', why: problem.message };
  return { kind: 'cron', cron: cronOfConfig(config)!, timeZone: config.timeZone.trim() || 'UTC' };
}
