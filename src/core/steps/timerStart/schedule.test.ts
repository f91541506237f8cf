import { describe, expect, it } from 'vitest';
import { flowFixture } from '../../engine/testing/flowFixture';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { importIflw, writeIflw } from '../../io/cpi';
import type { Flow } from '../../model/flow';
import { validateFlow } from '../../validation';
import { parseSchedule } from './schedule';

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
      { id: 'Timer', type: 'timerStart', name: 'Start Timer 1' },
      { id: 'End', type: 'endEvent' },
    ],
    links: [{ source: 'Timer', target: 'End' }],
  });
  flow.participants = flow.participants.filter((p) => p.kind !== 'sender');
  if (scheduleKey !== undefined)
    flow.process.steps[0]!.extensions = {
      cpi: { eventDefinition: 'timer', eventProperties: { scheduleKey } },
    };
  if (parameters) flow.parameters = parameters;
  return flow;
}

type Route = { route: { from: { uri: string } } };
const fromOf = (flow: Flow) =>
  (expectValidCamel(exportCamelYaml(flow)) as Route[])[0]!.route.from.uri;

describe('Camel export of a Timer Start (checked against the Camel 4 schema)', () => {
  it('is a valid flow in the designer', () => {
    expect(validateFlow(timerFlow()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('Run Once (or a timer drawn in the studio) → timer firing once', () => {
    expect(fromOf(timerFlow(RUN_ONCE))).toBe('timer:Flow_test?repeatCount=1');
    expect(fromOf(timerFlow())).toBe('timer:Flow_test?repeatCount=1');
  });

  it('a cron schedule → quartz with the same expression and time zone', () => {
    expect(fromOf(timerFlow(EVERY_TEN_MINUTES))).toBe(
      'quartz:Flow_test?cron=0/10+*+0-23+?+*+*+*&trigger.timeZone=Etc/GMT',
    );
  });

  it('an externalised schedule is read from the parameter’s value', () => {
    const parameters = { Timer: { value: EVERY_TEN_MINUTES, type: '', required: false } };
    expect(fromOf(timerFlow('{{Timer}}', parameters))).toMatch(/^quartz:Flow_test\?cron=0\/10/);
  });

  it('a schedule it cannot read is refused naming the step and why', () => {
    expect(() => exportCamelYaml(timerFlow('{{Timer}}'))).toThrow(
      'Test flow: step "Start Timer 1" (timerStart): its schedule is the parameter {{Timer}} with no value',
    );
  });
});

describe('CPI export of a Timer Start drawn in the studio', () => {
  it('writes its variant and a Run Once schedule inside the event definition, as CPI does', () => {
    const xml = writeIflw(timerFlow());
    const start = /<bpmn2:startEvent id="Timer"[\s\S]*?<\/bpmn2:startEvent>/.exec(xml)![0];
    const definition = /<bpmn2:timerEventDefinition[\s\S]*<\/bpmn2:timerEventDefinition>/.exec(
      start,
    )![0];
    expect(definition).toMatch(/<key>activityType<\/key>\s*<value>StartTimerEvent<\/value>/);
    expect(definition).toContain('intermediatetimer');
    expect(definition).toContain('fireNow=true');
    // Nothing of it on the element itself.
    expect(start.replace(definition, '')).not.toContain('cmdVariantUri');
    const back = importIflw(xml, 'timer.iflw').flow;
    const timer = back.process.steps.find((s) => s.id === 'Timer')!;
    expect(timer.type).toBe('timerStart');
    // Re-imported (the flow id from the file name): Run Once again.
    expect(fromOf(back)).toBe('timer:timer?repeatCount=1');
  });
});
