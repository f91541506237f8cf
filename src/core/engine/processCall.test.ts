import { describe, expect, it } from 'vitest';
import { runFlow } from './runFlow';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, flowFixture, lineFlow, summarize } from './testing/flowFixture';
import { validateFlow } from '../validation';

const options = { runScript: fakeRunScript, ...fixedOptions };
const input = { body: 'ping', headers: {}, properties: {} };
const SET = (text: string) =>
  `function processData(message) { message.setBody(message.getBody() + "${text}"); return message; }`;

/** Start → Call → Script → End, and a Local Integration Process: Start → Script → End. */
function callingFlow() {
  return flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      { id: 'Call', type: 'processCall', config: { processId: 'Local_1' } },
      { id: 'After', type: 'script', config: { scriptFile: 'after.js', functionName: '' } },
      { id: 'End', type: 'endEvent' },
      { id: 'Local_1', type: 'localProcess', name: 'Enrich' },
      { id: 'L_Start', type: 'startEvent', parentId: 'Local_1' },
      {
        id: 'L_Script',
        type: 'script',
        parentId: 'Local_1',
        config: { scriptFile: 'inner.js', functionName: '' },
      },
      { id: 'L_End', type: 'endEvent', parentId: 'Local_1' },
    ],
    links: [
      { source: 'Start', target: 'Call' },
      { source: 'Call', target: 'After' },
      { source: 'After', target: 'End' },
      { source: 'L_Start', target: 'L_Script' },
      { source: 'L_Script', target: 'L_End' },
    ],
    scripts: { 'inner.js': SET(' inner'), 'after.js': SET(' after') },
  });
}

describe('Process Call and Local Integration Processes', () => {
  it('runs through the call and goes on after it', async () => {
    const flow = callingFlow();
    expect(
      validateFlow(flow).filter((p) => p.severity === 'error' && p.elementKind === 'step'),
    ).toEqual([]);
    const trace = await runFlow(flow, input, options);
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: [
        'Start -> SequenceFlow_1',
        'Call',
        'L_Start -> SequenceFlow_4',
        'L_Script -> SequenceFlow_5',
        'L_End',
        'After -> SequenceFlow_3',
        'End',
      ],
      body: 'ping inner after',
    });
  });

  it('names a missing process', async () => {
    const flow = callingFlow();
    flow.process.steps[1]!.config.processId = 'Nope';
    expect(validateFlow(flow).map((p) => p.message)).toContain(
      'Call: no Local Integration Process with id "Nope"',
    );
    const trace = await runFlow(flow, input, options);
    expect(trace.error?.message).toBe(
      '"Call" calls "Nope", which is not a Local Integration Process with a Start event',
    );
  });
});

describe('placeholder steps', () => {
  const flow = () =>
    lineFlow([
      {
        id: 'Split',
        name: 'Split Orders',
        type: 'placeholder',
        config: {
          shapeName: 'Splitter',
          element: 'callActivity',
          properties: { splitExprValue: '/a' },
        },
      },
    ]);

  it('stop a simulation with a clear message instead of being skipped', async () => {
    const trace = await runFlow(flow(), input, options);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({
      stepId: 'Split',
      type: 'NotSupported',
      message: "Step 'Split Orders' (Splitter) cannot be simulated yet",
    });
  });

  it('are a validation warning, not an error', () => {
    expect(validateFlow(flow()).filter((p) => p.elementId === 'Split')).toEqual([
      {
        severity: 'warning',
        message: 'Split Orders: Splitter steps cannot be edited or simulated yet',
        elementId: 'Split',
        elementKind: 'step',
      },
    ]);
  });
});

describe('Groovy scripts', () => {
  it('run through the same script runner, with their language', async () => {
    const f = lineFlow([
      {
        id: 'Log',
        name: 'Log',
        type: 'script',
        config: { scriptFile: 'Log.groovy', functionName: '' },
      },
    ]);
    f.resources.scripts = [
      { name: 'Log.groovy', language: 'groovy', content: 'def x = 1', path: 'script/Log.groovy' },
    ];
    const seen: (string | undefined)[] = [];
    const trace = await runFlow(f, input, {
      ...options,
      runScript: async (o) => {
        seen.push(o.language);
        return {
          message: o.message,
          logs: [],
          messageLog: { properties: {}, attachments: [] },
          durationMs: 0,
        };
      },
    });
    expect(trace.error).toBeUndefined();
    expect(seen).toEqual(['groovy']);
  });
});
