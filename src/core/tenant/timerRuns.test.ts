import { describe, expect, it, vi } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import type { Flow } from '../model/flow';
import { createEngineExecutor } from './engineExecutor';
import { helloWorldFlow, testTenant } from './testFixtures';
import { timerNote } from './timerRuns';
import { nextCronRun } from './timerSchedules';

const execute = createEngineExecutor(runFlow, requestToMessage, runScript);

const SCRIPT = `function processData(message) {
  message.setBody("tick:" + message.getBody() + ":" + message.getHeaders().size());
  message.setProperty("ran", "yes");
  return message;
}`;

/** Hello World with its Start Message made a Timer Start and its Sender left out. */
function timerFlow(scheduleKey?: string, script = SCRIPT): Flow {
  const flow = helloWorldFlow({ id: 'Ticker' });
  const start = flow.process.steps.find((s) => s.type === 'startEvent')!;
  start.type = 'timerStart';
  start.name = 'Start Timer 1';
  if (scheduleKey !== undefined)
    start.extensions = { cpi: { eventDefinition: 'timer', eventProperties: { scheduleKey } } };
  flow.messageFlows = [];
  flow.participants = flow.participants.filter((p) => p.kind !== 'sender');
  flow.resources.scripts[0]!.content = script;
  flow.settings.logLevel = 'Trace';
  return flow;
}

const CRON =
  '<row><cell>triggerType</cell><cell>cron</cell></row><row><cell>schedule1</cell><cell>0+0/10+*+?+*+*&amp;trigger.timeZone=UTC</cell></row>';

describe('Timer Start on the tenant', () => {
  it('Run Once: the flow runs right after deploying, from an empty message, logged as the timer’s', async () => {
    const { tenant } = testTenant({ execute });
    const deployed = await tenant.deploy(timerFlow());
    expect(deployed.ok).toBe(true);
    await tenant.timerRunsDone();
    const [entry, ...more] = await tenant.queryMessageLog({ flowId: 'Ticker' });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      status: 'Completed',
      timer: 'Start Timer 1',
      method: '',
      path: '',
      httpStatus: 0,
    });
    expect(JSON.stringify(entry!.trace)).toContain('tick::0');
    if (!deployed.ok) return;
    expect(timerNote(deployed.deployment)).toBe(
      'Timer Start "Start Timer 1": Run Once, ran when deployed (its message is in the message processing log)',
    );
  });

  it('a failing Run Once is a Failed entry naming the step and line', async () => {
    const { tenant } = testTenant({ execute });
    await tenant.deploy(
      timerFlow(undefined, 'function processData(message) {\n  throw new Error("no stock");\n}'),
    );
    await tenant.timerRunsDone();
    const [entry] = await tenant.queryMessageLog({ flowId: 'Ticker' });
    expect(entry).toMatchObject({ status: 'Failed', errorStepId: 'Script_1' });
    expect(entry!.error).toMatch(/no stock.*line 2/);
  });

  it('a schedule is armed when deployed and fires at each of its times, in its time zone', async () => {
    const pending: { run: () => void; ms: number }[] = [];
    const timers = {
      set: (run: () => void, ms: number) => pending.push({ run, ms }),
      clear: (handle: unknown) =>
        void pending.splice(Number(handle) - 1, 1, { run: () => {}, ms: -1 }),
    };
    const { tenant, clock } = testTenant({ execute, timers });
    clock.now = Date.UTC(2026, 0, 1, 9, 3, 20);
    await tenant.startSchedules();
    const deployed = await tenant.deploy(timerFlow(CRON));
    await tenant.timerRunsDone();
    // Deploying does not run it; the first time is 09:10:00 UTC.
    expect(await tenant.queryMessageLog({ flowId: 'Ticker' })).toEqual([]);
    expect(tenant.upcomingRuns()).toEqual([
      {
        flowId: 'Ticker',
        timer: 'Start Timer 1',
        cron: '0 0/10 * ? * *',
        timeZone: 'UTC',
        next: Date.UTC(2026, 0, 1, 9, 10),
      },
    ]);
    expect(pending.at(-1)!.ms).toBe(6 * 60_000 + 40_000);
    expect(deployed.ok && timerNote(deployed.deployment)).toBe(
      'Timer Start "Start Timer 1": scheduled "0 0/10 * ? * *" (UTC), runs at each of its times while the tenant runs (their messages are in the message processing log)',
    );

    for (const minute of [10, 20]) {
      clock.now = Date.UTC(2026, 0, 1, 9, minute);
      pending.at(-1)!.run();
      await vi.waitFor(() =>
        expect(tenant.upcomingRuns()[0]!.next).toBe(Date.UTC(2026, 0, 1, 9, minute + 10)),
      );
    }
    const entries = await tenant.queryMessageLog({ flowId: 'Ticker' });
    expect(entries.map((e) => [e.status, e.timer, e.start])).toEqual([
      ['Completed', 'Start Timer 1', Date.UTC(2026, 0, 1, 9, 20)],
      ['Completed', 'Start Timer 1', Date.UTC(2026, 0, 1, 9, 10)],
    ]);

    // Undeployed: disarmed, nothing fires any more.
    await tenant.undeploy('Ticker');
    expect(tenant.upcomingRuns()).toEqual([]);
  });

  it('reads Quartz as CPI writes it: seconds, "?", weekday names, years, time zones', async () => {
    const at = Date.UTC(2026, 11, 5, 13, 0, 3); // Saturday 5 December 2026
    expect(await nextCronRun('0/30 * 0-23 ? * * *', 'Etc/GMT', at)).toBe(
      Date.UTC(2026, 11, 5, 13, 0, 30),
    );
    // Monday 14:30 in India is 09:00 UTC.
    expect(await nextCronRun('0 30 14 ? * MON *', 'Asia/Calcutta', at)).toBe(
      Date.UTC(2026, 11, 7, 9, 0),
    );
    // Quartz's 2 is Monday; 2#1 the first Monday of the month.
    expect(await nextCronRun('0 0 12 ? * 2#1', 'UTC', at)).toBe(Date.UTC(2026, 11, 7, 12, 0));
    expect(await nextCronRun('0 15 10 L * ?', 'Europe/Berlin', at)).toBe(
      Date.UTC(2026, 11, 31, 9, 15),
    );
    expect(await nextCronRun('0 0/1 0-23 19 6 ? 2017', 'Asia/Calcutta', at)).toBeUndefined();
  });

  it('a schedule is not fired where schedules are not started (another tab fires them)', async () => {
    const set = vi.fn();
    const { tenant } = testTenant({ execute, timers: { set, clear: () => {} } });
    await tenant.deploy(timerFlow(CRON));
    expect(set).not.toHaveBeenCalled();
    expect(tenant.upcomingRuns()).toEqual([]);
  });

  it('a flow started by a Sender neither runs on deploy nor has a timer note', async () => {
    const { tenant } = testTenant({ execute });
    const deployed = await tenant.deploy(helloWorldFlow());
    await tenant.timerRunsDone();
    expect(await tenant.queryMessageLog({})).toEqual([]);
    expect(deployed.ok && timerNote(deployed.deployment)).toBeUndefined();
  });
});
