import type { Step } from '../../model/flow';
import { cpiExt } from '../../io/cpi/ext';

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

/**
 * The schedule of a Timer Start: its kept CPI property, with `{{parameters}}` resolved by
 * `resolve` (given by the caller, so this module stays small in the first screen's bundle).
 */
export function timerSchedule(step: Step, resolve: (text: string) => string): TimerSchedule {
  const raw = cpiExt(step.extensions).eventProperties?.scheduleKey;
  return parseSchedule(raw === undefined ? undefined : resolve(raw));
}
