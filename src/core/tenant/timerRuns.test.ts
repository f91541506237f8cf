import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import type { Flow } from '../model/flow';
import { createEngineExecutor } from './engineExecutor';
import { helloWorldFlow, testTenant } from './testFixtures';
import { timerNote } from './timerRuns';

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

  it('a schedule is deployed and not fired; the note says so', async () => {
    const { tenant } = testTenant({ execute });
    const deployed = await tenant.deploy(timerFlow(CRON));
    await tenant.timerRunsDone();
    expect(await tenant.queryMessageLog({ flowId: 'Ticker' })).toEqual([]);
    expect(deployed.ok && timerNote(deployed.deployment)).toBe(
      'Timer Start "Start Timer 1": scheduled "0 0/10 * ? * *" (UTC); the simulated tenant does not fire schedules, run the flow with Simulate',
    );
  });

  it('a flow started by a Sender neither runs on deploy nor has a timer note', async () => {
    const { tenant } = testTenant({ execute });
    const deployed = await tenant.deploy(helloWorldFlow());
    await tenant.timerRunsDone();
    expect(await tenant.queryMessageLog({})).toEqual([]);
    expect(deployed.ok && timerNote(deployed.deployment)).toBeUndefined();
  });
});
