import { describe, expect, it } from 'vitest';
import { runFlow } from './runFlow';
import { createRun } from './createRun';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, flowFixture, lineFlow, summarize } from './testing/flowFixture';

const HELLO = `function processData(message) {
  var body = message.getBody();
  message.setBody("Hello world from IFlow");
  return message;
}`;
const options = { runScript: fakeRunScript, ...fixedOptions };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Yields to the event loop until `ok()` holds (a step's executor has started). */
async function until(ok: () => boolean) {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(ok()).toBe(true);
}
const input = { body: 'ping', headers: {}, properties: {} };

function helloFlow() {
  return lineFlow(
    [{ id: 'Script_1', type: 'script', config: { scriptFile: 'script1.js', functionName: '' } }],
    {
      scripts: { 'script1.js': HELLO },
    },
  );
}

describe('runFlow', () => {
  it('runs the Hello World flow from Start to End (golden)', async () => {
    const trace = await runFlow(helloFlow(), input, options);
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'Script_1 -> SequenceFlow_2', 'End'],
      body: 'Hello world from IFlow',
    });
    expect(trace.route).toEqual(['SequenceFlow_1', 'SequenceFlow_2']);
    expect(trace.entries[1]!.before.body).toBe('ping');
    expect(trace.entries[1]!.after.body).toBe('Hello world from IFlow');
  });

  it('sets the CPI properties when missing and keeps given ones', async () => {
    const trace = await runFlow(
      helloFlow(),
      { ...input, properties: { SAP_MPL_LogLevel_Overall: 'TRACE' } },
      options,
    );
    expect(trace.output.properties).toMatchObject({
      SAP_MessageProcessingLogID: 'AGtestMessageId',
      CamelCreatedTimestamp: Date.parse('2026-03-05T08:09:10.123Z'),
      SAP_MPL_LogLevel_Overall: 'TRACE',
    });
    expect(trace.exchangeId).toBe('ID-test-1');
  });

  it('generates message and exchange ids when none are given', async () => {
    const trace = await runFlow(helloFlow(), input, { runScript: fakeRunScript });
    expect(trace.messageId).toMatch(/^AG[\w-]{26}$/);
    expect(trace.exchangeId).toMatch(/^ID-ifs-/);
  });

  it("copies on write: unchanged maps are shared and frozen, the caller's input is copied once", async () => {
    const given = { body: 'x', headers: { a: { n: 1 } }, properties: {} };
    const flow = lineFlow([
      { id: 'Script_1', type: 'script', config: { scriptFile: 's.js', functionName: '' } },
      {
        id: 'CM',
        type: 'contentModifier',
        config: {
          headers: [
            {
              action: 'Create',
              name: 'b',
              sourceType: 'Constant',
              sourceValue: '2',
              dataType: '',
              default: '',
            },
          ],
          properties: [],
          bodyType: 'Constant',
          bodyValue: '',
        },
      },
    ]);
    flow.resources.scripts = [{ name: 's.js', language: 'javascript', content: HELLO }];
    const trace = await runFlow(flow, given, options);
    expect(trace.status).toBe('completed');
    const [start, script, cm, end] = trace.entries;
    // The caller's input is neither shared nor frozen.
    expect(start!.before.headers).not.toBe(given.headers);
    expect(Object.isFrozen(given.headers)).toBe(false);
    // A step that does not change a map hands the same frozen map on.
    expect(start!.after.headers).toBe(script!.before.headers);
    expect(Object.isFrozen(script!.before.headers)).toBe(true);
    expect(cm!.before.properties).toBe(cm!.after.properties);
    // The Content Modifier made a new header map; the earlier entries keep theirs.
    expect(cm!.after.headers).not.toBe(cm!.before.headers);
    expect(cm!.after.headers).toMatchObject({ a: { n: 1 }, b: '2' });
    expect(cm!.before.headers).not.toHaveProperty('b');
    expect(end!.before.headers).toBe(cm!.after.headers);
  });

  it('a runner that writes into the message it was given fails its step, not the trace', async () => {
    const careless: typeof fakeRunScript = async (o) => {
      o.message.headers.sneaky = 'yes';
      return fakeRunScript(o);
    };
    const trace = await runFlow(helloFlow(), input, { ...options, runScript: careless });
    expect(summarize(trace)).toMatchObject({
      status: 'failed',
      steps: ['Start -> SequenceFlow_1', 'Script_1 !TypeError'],
    });
    for (const e of trace.entries) expect(e.after.headers).not.toHaveProperty('sneaky');
  });

  it('reports a script error with its step, and keeps the message at the failure', async () => {
    const flow = lineFlow(
      [{ id: 'Script_1', type: 'script', config: { scriptFile: 's.js', functionName: '' } }],
      {
        scripts: {
          's.js':
            'function processData(m) { m.setBody("half"); throw new TypeError("bad input"); }',
        },
      },
    );
    const trace = await runFlow(flow, input, options);
    expect(summarize(trace)).toEqual({
      status: 'failed',
      steps: ['Start -> SequenceFlow_1', 'Script_1 !TypeError'],
      body: 'ping',
      error: 'TypeError: bad input',
    });
    expect(trace.error?.stepId).toBe('Script_1');
  });

  it('stops a loop with the step budget', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        {
          id: 'A',
          type: 'contentModifier',
          config: { headers: [], properties: [], bodyType: 'Constant', bodyValue: '' },
        },
        {
          id: 'B',
          type: 'contentModifier',
          config: { headers: [], properties: [], bodyType: 'Constant', bodyValue: '' },
        },
      ],
      links: [
        { source: 'Start', target: 'A' },
        { source: 'A', target: 'B' },
        { source: 'B', target: 'A' },
      ],
    });
    const trace = await runFlow(flow, input, options);
    expect(trace.status).toBe('failed');
    expect(trace.entries).toHaveLength(1000);
    expect(trace.error).toMatchObject({
      type: 'StepBudgetExceeded',
      message: 'Step budget of 1000 steps exhausted (a loop?)',
    });
    const small = await runFlow(flow, input, { ...options, stepBudget: 5 });
    expect(small.entries).toHaveLength(5);
    expect(small.error?.message).toBe('Step budget of 5 steps exhausted (a loop?)');
  });

  it('fails with a clear error naming the step where the body grew too large', async () => {
    const flow = lineFlow(
      [
        {
          id: 'Grow',
          name: 'Grow body',
          type: 'contentModifier',
          config: {
            headers: [],
            properties: [],
            bodyType: 'Constant',
            bodyValue: 'x'.repeat(2000),
          },
        },
      ],
      { limits: { maxMessageBytes: 1000 } },
    );
    const trace = await runFlow(flow, input, options);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({ stepId: 'Grow', type: 'MessageSizeExceeded' });
    expect(trace.error?.message).toBe(
      'The message body grew to 2000 bytes in "Grow body", over the limit of 1000 bytes',
    );
  });

  it('starts at startStepId and stops after endStepId', async () => {
    const cm = (id: string, v: string) => ({
      id,
      type: 'contentModifier',
      config: { headers: [], properties: [], bodyType: 'Expression', bodyValue: `\${body}${v}` },
    });
    const flow = lineFlow([cm('A', 'a'), cm('B', 'b'), cm('C', 'c')]);
    const trace = await runFlow(
      flow,
      { ...input, body: '' },
      { ...options, startStepId: 'B', endStepId: 'B' },
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['B -> SequenceFlow_3'],
      body: 'b',
    });
    expect(trace.stoppedAt).toBe('B');
  });

  it('an end step that fails makes the run fail, not complete', async () => {
    const flow = lineFlow([
      { id: 'S', type: 'script', config: { scriptFile: 'missing.js', functionName: '' } },
    ]);
    const trace = await runFlow(flow, input, { ...options, endStepId: 'S' });
    expect(trace.status).toBe('failed');
    expect(trace.stoppedAt).toBeUndefined();
  });

  it('a run that ends at an End event without a chosen end step has no stoppedAt', async () => {
    const trace = await runFlow(helloFlow(), input, options);
    expect(trace.status).toBe('completed');
    expect(trace.stoppedAt).toBeUndefined();
    const atEnd = await runFlow(helloFlow(), input, { ...options, endStepId: 'End' });
    expect(atEnd).toMatchObject({ status: 'completed', stoppedAt: 'End' });
  });

  it('an end step that is not on the route taken does not stop the run', async () => {
    const trace = await runFlow(helloFlow(), input, { ...options, endStepId: 'Elsewhere' });
    expect(trace.status).toBe('completed');
    expect(trace.entries.map((e) => e.stepId)).toEqual(['Start', 'Script_1', 'End']);
    expect(trace.stoppedAt).toBeUndefined();
  });

  it('reports a missing Start event and a step with several outgoing flows', async () => {
    const noStart = flowFixture({ steps: [{ id: 'End', type: 'endEvent' }], links: [] });
    expect((await runFlow(noStart, input, options)).error?.message).toBe(
      'The flow has no Start event',
    );
    const fork = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        { id: 'E1', type: 'endEvent' },
        { id: 'E2', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'E1' },
        { source: 'Start', target: 'E2' },
      ],
    });
    const trace = await runFlow(fork, input, options);
    expect(trace.error).toMatchObject({
      type: 'ModelError',
      message: '"Start" has 2 outgoing sequence flows; only a Router may branch',
    });
  });

  it('Error End in the main process fails the run', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        { id: 'Fail', name: 'Reject', type: 'errorEnd' },
      ],
      links: [{ source: 'Start', target: 'Fail' }],
    });
    const trace = await runFlow(flow, input, options);
    expect(summarize(trace)).toEqual({
      status: 'failed',
      steps: ['Start -> SequenceFlow_1', 'Fail'],
      body: 'ping',
      error: 'ErrorEnd: The process ended with the Error End event "Reject"',
    });
  });
});

describe('runFlow robustness', () => {
  it('turns a script runner that throws into a step error instead of rejecting', async () => {
    const trace = await runFlow(helloFlow(), input, {
      ...fixedOptions,
      runScript: async () => {
        throw new RangeError('sandbox crashed');
      },
    });
    expect(trace.error).toMatchObject({
      stepId: 'Script_1',
      type: 'RangeError',
      message: 'sandbox crashed',
    });
  });

  it('reports an unknown step type and a start step that does not exist', async () => {
    const flow = lineFlow([{ id: 'X', type: 'mystery' }]);
    expect((await runFlow(flow, input, options)).error).toMatchObject({
      stepId: 'X',
      type: 'ModelError',
      message: 'Unknown step type "mystery"',
    });
    expect((await runFlow(flow, input, { ...options, startStepId: 'Nope' })).error?.message).toBe(
      'Step "Nope" does not exist',
    );
  });

  it('a run started inside the Exception Subprocess does not catch its own errors', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        { id: 'End', type: 'endEvent' },
        { id: 'Sub', type: 'exceptionSubprocess' },
        { id: 'ES', type: 'errorStart', parentId: 'Sub' },
        {
          id: 'Bad',
          type: 'script',
          parentId: 'Sub',
          config: { scriptFile: 'none.js', functionName: '' },
        },
        { id: 'SE', type: 'endEvent', parentId: 'Sub' },
      ],
      links: [
        { source: 'Start', target: 'End' },
        { source: 'ES', target: 'Bad' },
        { source: 'Bad', target: 'SE' },
      ],
    });
    const trace = await runFlow(flow, input, { ...options, startStepId: 'ES' });
    expect(summarize(trace)).toMatchObject({
      status: 'failed',
      steps: ['ES -> SequenceFlow_2', 'Bad !ConfigurationError'],
    });
  });

  it('the trace output is the sealed message of the last entry', async () => {
    const trace = await runFlow(helloFlow(), input, options);
    expect(trace.output).toBe(trace.entries[2]!.after);
    expect(Object.isFrozen(trace.output.headers)).toBe(true);
    expect(Object.isFrozen(trace.output.properties)).toBe(true);
  });
});

describe('createRun (step by step)', () => {
  it('runs one step per next(), exposes the position, and finishes', async () => {
    const run = createRun(helloFlow(), input, options);
    expect(run.position).toBe('Start');
    expect(run.done).toBe(false);
    const first = await run.next();
    expect(first?.stepId).toBe('Start');
    expect(run.position).toBe('Script_1');
    expect(run.trace.status).toBe('stopped');
    expect(run.trace.entries).toHaveLength(1);
    const trace = await run.runToEnd();
    expect(trace.status).toBe('completed');
    expect(run.done).toBe(true);
    expect(run.position).toBeNull();
    expect(await run.next()).toBeNull();
  });

  it('stop() ends the run as stopped at the current position', async () => {
    const run = createRun(helloFlow(), input, options);
    await run.next();
    const trace = run.stop();
    expect(trace.status).toBe('stopped');
    expect(trace.entries.map((e) => e.stepId)).toEqual(['Start']);
    expect(run.done).toBe(true);
  });

  it('runs overlapping next() calls one after the other', async () => {
    const run = createRun(helloFlow(), input, options);
    const [a, b] = await Promise.all([run.next(), run.next()]);
    expect([a?.stepId, b?.stepId]).toEqual(['Start', 'Script_1']);
    const pending = run.next();
    const stopped = run.stop();
    expect(stopped.status).toBe('stopped');
    expect(await pending).toBeNull();
    expect(run.done).toBe(true);
    expect(run.trace.status).toBe('stopped');
  });

  it('stop() while a step is running wins once that step finishes', async () => {
    const gate = deferred();
    let started = false;
    const run = createRun(helloFlow(), input, {
      ...options,
      // A script that only finishes when the test says so, to stop mid-step.
      runScript: async (o) => {
        started = true;
        await gate.promise;
        return fakeRunScript(o);
      },
    });
    await run.next(); // Start
    const pending = run.next(); // Script_1, held at the gate
    await until(() => started);
    const stopped = run.stop();
    expect(stopped).toMatchObject({ status: 'stopped', entries: [{ stepId: 'Start' }] });
    expect(run.position).toBeNull();
    gate.resolve();
    const entry = await pending;
    // The step that was running is recorded, but the cursor does not move on to End.
    expect(entry?.stepId).toBe('Script_1');
    expect(run.position).toBeNull();
    expect(run.done).toBe(true);
    expect(await run.next()).toBeNull();
    const trace = await run.runToEnd();
    expect(trace.status).toBe('stopped');
    expect(trace.entries.map((e) => e.stepId)).toEqual(['Start', 'Script_1']);
    expect(trace.route).toEqual(['SequenceFlow_1']);
  });

  it('stop() while a failing step runs keeps the run stopped (no hand-over to error handling)', async () => {
    const gate = deferred();
    let started = false;
    const flow = lineFlow(
      [{ id: 'S', type: 'script', config: { scriptFile: 's.js', functionName: '' } }],
      { scripts: { 's.js': 'function processData(m) { throw new Error("boom"); }' } },
    );
    const run = createRun(flow, input, {
      ...options,
      runScript: async (o) => {
        started = true;
        await gate.promise;
        return fakeRunScript(o);
      },
    });
    await run.next();
    const pending = run.next();
    await until(() => started);
    run.stop();
    gate.resolve();
    await pending;
    expect(run.trace.status).toBe('stopped');
    expect(run.trace.error).toBeUndefined();
  });

  it('a stepped run that reaches the chosen end step completes there', async () => {
    const run = createRun(helloFlow(), input, { ...options, endStepId: 'Script_1' });
    await run.next();
    expect(run.done).toBe(false);
    await run.next();
    expect(run.done).toBe(true);
    expect(run.trace).toMatchObject({ status: 'completed', stoppedAt: 'Script_1' });
    expect(run.trace.output.body).toBe('Hello world from IFlow');
  });
});
