import { describe, expect, it } from 'vitest';
import { flowFixture } from '../../engine/testing/flowFixture';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { importIflw, writeIflw } from '../../io/cpi';
import { exportFlow, importFlow } from '../../io';
import type { Flow } from '../../model/flow';
import { validateFlow } from '../../validation';
import { defaultTimerStartConfig, type TimerStartConfig } from './config';
import {
  configOfScheduleKey,
  cronOfConfig,
  cronProblem,
  parseSchedule,
  timerProblems,
} from './schedule';

/** A scheduleKey value as CPI writes it (the rows of its timer dialog). */
const rows = (cells: Record<string, string>) =>
  Object.entries(cells)
    .map(([k, v]) => `<row><cell>${k}</cell><cell>${v}</cell></row>`)
    .join('');

const RUN_ONCE = rows({ triggerType: 'simple', schedule1: 'fireNow=true' });
const EVERY_TEN_MINUTES = rows({
  dateType: 'DAILY',
  attributeBehaviour: 'isRunOnceRequired,isScheduleOnDayRequired,isScheduleRecurRequired',
  triggerType: 'cron',
  noOfSchedules: '1',
  schedule1: '0/10+*+0-23+?+*+*+*&amp;trigger.timeZone=Etc/GMT',
});

describe('parseSchedule (CPI scheduleKey)', () => {
  it('reads Run Once, and a timer with no schedule as CPI’s default Run Once', () => {
    expect(parseSchedule(RUN_ONCE)).toEqual({ kind: 'once' });
    expect(parseSchedule(undefined)).toEqual({ kind: 'once' });
  });

  it('reads a cron schedule with its time zone, "+" as spaces and the row XML unescaped', () => {
    expect(parseSchedule(EVERY_TEN_MINUTES)).toEqual({
      kind: 'cron',
      cron: '0/10 * 0-23 ? * * *',
      timeZone: 'Etc/GMT',
    });
    expect(parseSchedule(rows({ triggerType: 'cron', schedule1: '0+0+0+?+*+*+*' }))).toEqual({
      kind: 'cron',
      cron: '0 0 0 ? * * *',
    });
  });

  it('says why it cannot read a schedule', () => {
    expect(parseSchedule('{{Timer}}')).toEqual({
      kind: 'unreadable',
      why: 'its schedule is the parameter {{Timer}} with no value',
    });
    expect(parseSchedule(rows({ noOfSchedules: '2', schedule1: '0+0+0+?+*+*' }))).toMatchObject({
      why: 'it has 2 schedules; one route starts from one',
    });
    expect(parseSchedule(rows({ triggerType: 'cron', schedule1: 'every+day' }))).toMatchObject({
      why: 'its schedule "every+day" is not a cron expression',
    });
    expect(parseSchedule('daily')).toMatchObject({ kind: 'unreadable' });
  });
});

function timerFlow(scheduleKey?: string, parameters?: Flow['parameters']): Flow {
  const flow = flowFixture({
    steps: [
      // Its settings as the CPI import reads them from the schedule.
      {
        id: 'Timer',
        type: 'timerStart',
        name: 'Start Timer 1',
        config: configOfScheduleKey(scheduleKey),
      },
      { id: 'End', type: 'endEvent' },
    ],
    links: [{ source: 'Timer', target: 'End' }],
  });
  flow.participants = flow.participants.filter((p) => p.kind !== 'sender');
  if (scheduleKey !== undefined)
    flow.process.steps[0]!.extensions = {
      cpi: { properties: {}, eventDefinition: 'timer', eventProperties: { scheduleKey } },
    };
  if (parameters) flow.parameters = parameters;
  return flow;
}

type Route = { route: { from: { uri: string } } };
const fromOf = async (flow: Flow) =>
  (expectValidCamel(await exportCamelYaml(flow)) as Route[])[0]!.route.from.uri;

describe('Camel export of a Timer Start (checked against the Camel 4 schema)', () => {
  it('is a valid flow in the designer', () => {
    expect(validateFlow(timerFlow()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('Run Once (or a timer drawn in the studio) → timer firing once', async () => {
    expect(await fromOf(timerFlow(RUN_ONCE))).toBe('timer:Flow_test?repeatCount=1');
    expect(await fromOf(timerFlow())).toBe('timer:Flow_test?repeatCount=1');
  });

  it('a cron schedule → quartz with the same expression and time zone', async () => {
    expect(await fromOf(timerFlow(EVERY_TEN_MINUTES))).toBe(
      'quartz:Flow_test?cron=0/10+*+0-23+?+*+*+*&trigger.timeZone=Etc/GMT',
    );
  });

  it('an externalised schedule is read from the parameter’s value', async () => {
    const parameters = { Timer: { value: EVERY_TEN_MINUTES, type: '', required: false } };
    expect(await fromOf(timerFlow('{{Timer}}', parameters))).toMatch(
      /^quartz:Flow_test\?cron=0\/10/,
    );
  });

  it('a schedule it cannot read is refused naming the step and why', async () => {
    await expect(exportCamelYaml(timerFlow('{{Timer}}'))).rejects.toThrow(
      'Test flow: step "Start Timer 1" (timerStart): its schedule is the parameter {{Timer}} with no value',
    );
  });
});

describe('CPI export of a Timer Start drawn in the studio', () => {
  it('writes its variant and a Run Once schedule inside the event definition, as CPI does', async () => {
    const xml = await writeIflw(timerFlow());
    const start = /<bpmn2:startEvent id="Timer"[\s\S]*?<\/bpmn2:startEvent>/.exec(xml)![0];
    const definition = /<bpmn2:timerEventDefinition[\s\S]*<\/bpmn2:timerEventDefinition>/.exec(
      start,
    )![0];
    expect(definition).toMatch(/<key>activityType<\/key>\s*<value>StartTimerEvent<\/value>/);
    expect(definition).toContain('intermediatetimer');
    expect(definition).toContain('fireNow=true');
    // Nothing of it on the element itself.
    expect(start.replace(definition, '')).not.toContain('cmdVariantUri');
    const back = (await importIflw(xml, 'timer.iflw')).flow;
    const timer = back.process.steps.find((s) => s.id === 'Timer')!;
    expect(timer.type).toBe('timerStart');
    // Re-imported (the flow id from the file name): Run Once again.
    expect(await fromOf(back)).toBe('timer:timer?repeatCount=1');
  });
});

const withConfig = (flow: Flow, config: Partial<TimerStartConfig>) => {
  flow.process.steps[0]!.config = { ...defaultTimerStartConfig(), ...config };
  return flow;
};
const scheduleKeyIn = (xml: string) =>
  /<key>scheduleKey<\/key>\s*<value>([\s\S]*?)<\/value>/.exec(xml)![1]!;

describe('the schedule edited in the studio', () => {
  it('turns each kind of run into the Quartz cron CPI runs', () => {
    const cron = (c: Partial<TimerStartConfig>) =>
      cronOfConfig({ ...defaultTimerStartConfig(), ...c });
    expect(cron({ run: 'once' })).toBeUndefined();
    expect(cron({ run: 'every', interval: '15' })).toBe('0 0/15 * ? * *');
    expect(cron({ run: 'every', interval: '120' })).toBe('0 0 0/2 ? * *');
    expect(cron({ run: 'daily', time: '06:30' })).toBe('0 30 6 ? * *');
    expect(cron({ run: 'weekly', time: '14:05', weekdays: 'mon, fri' })).toBe('0 5 14 ? * MON,FRI');
    expect(cron({ run: 'monthly', time: '23:59', dayOfMonth: 31 })).toBe('0 59 23 31 * ?');
    expect(cron({ run: 'cron', cron: ' 0 0 12 ? * 2#1 ' })).toBe('0 0 12 ? * 2#1');
  });

  it('names the field and what is wrong with it', () => {
    const problems = (c: Partial<TimerStartConfig>) =>
      timerProblems({ ...defaultTimerStartConfig(), ...c }).map((p) => `${p.field}: ${p.message}`);
    expect(problems({ run: 'daily', time: '25:00' })).toEqual([
      'time: enter the time as HH:MM (24 hours), e.g. 06:30',
    ]);
    expect(problems({ run: 'weekly', weekdays: 'MON,FUN' })).toEqual([
      'weekdays: "FUN" is not a day; list days as MON,TUE,WED,THU,FRI,SAT,SUN',
    ]);
    expect(problems({ run: 'monthly', dayOfMonth: 32 })).toEqual([
      'dayOfMonth: the day of the month is 1–31',
    ]);
    expect(problems({ run: 'daily', timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone: "Mars/Olympus" is not a time zone; use a name such as UTC or Europe/Berlin',
    ]);
    expect(problems({ run: 'parameter', parameter: 'Scheduler' })).toEqual([
      'parameter: enter the parameter as {{name}}',
    ]);
    expect(problems({ run: 'daily', time: '6:30', timeZone: 'Europe/Berlin' })).toEqual([]);
  });

  it('checks a cron expression field by field, as Quartz would refuse it', () => {
    expect(cronProblem('0 0/10 * ? * *')).toBeUndefined();
    expect(cronProblem('0/30 * 0-23 ? * * *')).toBeUndefined();
    expect(cronProblem('0 15 10 L * ?')).toBeUndefined();
    expect(cronProblem('0 0 12 ? JAN-MAR MON-FRI 2027')).toBeUndefined();
    expect(cronProblem('')).toBe('enter a cron expression');
    expect(cronProblem('*/5 * * * *')).toMatch(/^a cron expression has 6 or 7 fields .* not 5$/);
    expect(cronProblem('0 60 * ? * *')).toBe('minutes is 0–59, not 60 ("60")');
    expect(cronProblem('0 0 12 * * MON')).toBe(
      'put "?" in exactly one of day of month and day of week (Quartz needs one of them unset)',
    );
    expect(cronProblem('0 0/0 * ? * *')).toBe(
      '"0/0" in minutes: the step after "/" is a positive number',
    );
    expect(cronProblem('0 0 ? * * *')).toBe('"?" is only for day of month or day of week');
  });

  it('is an error on the step in the designer, on the field it concerns', () => {
    const flow = withConfig(timerFlow(), { run: 'cron', cron: '0 0 12 * * MON' });
    expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ elementId: 'Timer', field: 'cron' }),
    ]);
  });

  it('runs on Camel as edited: quartz with its cron and time zone', async () => {
    const flow = withConfig(timerFlow(), {
      run: 'weekly',
      weekdays: 'MON,WED',
      time: '07:15',
      timeZone: 'Europe/Berlin',
    });
    expect(await fromOf(flow)).toBe(
      'quartz:Flow_test?cron=0+15+7+?+*+MON,WED&trigger.timeZone=Europe/Berlin',
    );
  });

  it('imports a CPI schedule into the dialog’s settings', () => {
    expect(configOfScheduleKey(EVERY_TEN_MINUTES)).toMatchObject({
      run: 'cron',
      cron: '0/10 * 0-23 ? * * *',
      timeZone: 'Etc/GMT',
    });
    expect(configOfScheduleKey(RUN_ONCE)).toMatchObject({ run: 'once' });
    expect(configOfScheduleKey(' {{Timer}} ')).toMatchObject({
      run: 'parameter',
      parameter: '{{Timer}}',
    });
  });

  it('exports an unchanged imported schedule exactly as it came, and a changed one anew', async () => {
    const imported = (await importIflw(await writeIflw(timerFlow(EVERY_TEN_MINUTES)), 'timer.iflw'))
      .flow;
    const timer = imported.process.steps.find((s) => s.id === 'Timer')!;
    expect(timer.config).toMatchObject({ run: 'cron', cron: '0/10 * 0-23 ? * * *' });
    expect(scheduleKeyIn(await writeIflw(imported))).toBe(
      scheduleKeyIn(await writeIflw(timerFlow(EVERY_TEN_MINUTES))),
    );

    timer.config = { ...timer.config, run: 'daily', time: '06:30', timeZone: 'Asia/Kolkata' };
    const xml = await writeIflw(imported);
    expect(xml).toContain('0+30+6+?+*+*&amp;amp;trigger.timeZone=Asia/Kolkata');
    const again = (await importIflw(xml, 'timer.iflw')).flow.process.steps.find(
      (s) => s.id === 'Timer',
    )!;
    expect(again.config).toMatchObject({
      run: 'cron',
      cron: '0 30 6 ? * *',
      timeZone: 'Asia/Kolkata',
    });
    expect(await fromOf((await importIflw(xml, 'timer.iflw')).flow)).toBe(
      'quartz:timer?cron=0+30+6+?+*+*&trigger.timeZone=Asia/Kolkata',
    );
  });
});

describe('a Timer Start saved before its schedule was editable', () => {
  it('is given the settings of the CPI schedule it keeps when the flow loads', () => {
    const flow = timerFlow(EVERY_TEN_MINUTES);
    flow.process.steps[0]!.config = {};
    const loaded = importFlow(exportFlow(flow));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.flow.process.steps[0]!.config).toMatchObject({
      run: 'cron',
      cron: '0/10 * 0-23 ? * * *',
      timeZone: 'Etc/GMT',
    });
    expect(loaded.warnings.join('\n')).toMatch(
      /process\.steps\[0\]\.config: missing run, .* set to the defaults/,
    );
  });

  it('runs on its kept schedule where the load door has not seen it (a deployment of then)', async () => {
    const flow = timerFlow(EVERY_TEN_MINUTES);
    flow.process.steps[0]!.config = {};
    expect(await fromOf(flow)).toBe(
      'quartz:Flow_test?cron=0/10+*+0-23+?+*+*+*&trigger.timeZone=Etc/GMT',
    );
  });
});
