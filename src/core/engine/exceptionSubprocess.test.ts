import { describe, expect, it } from 'vitest';
import { runFlow } from './runFlow';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, flowFixture, summarize } from './testing/flowFixture';
import type { MessageFlow } from '../model/flow';

const options = { runScript: fakeRunScript, ...fixedOptions };
const input = { body: 'order', headers: {}, properties: {} };

const failingCall: MessageFlow = {
  id: 'MessageFlow_2',
  source: 'Call',
  target: 'Participant_2',
  adapter: {
    type: 'HTTP',
    config: {
      address: 'https://api.example.com/orders',
      method: 'POST',
      timeoutMs: 1000,
      authentication: 'None',
      credentialName: '',
      mockStatus: 503,
      mockHeaders: '',
      mockBody: 'down',
    },
  },
};

const HANDLER = `function processData(message) {
  var ex = message.getProperties().get("CamelExceptionCaught");
  message.setBody("Handled: " + ex.getMessage());
  return message;
}`;

function flowWith(subprocessEnd: 'endEvent' | 'errorEnd') {
  return flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      { id: 'Call', type: 'requestReply' },
      { id: 'End', type: 'endEvent' },
      { id: 'Sub', type: 'exceptionSubprocess' },
      { id: 'ErrStart', type: 'errorStart', parentId: 'Sub' },
      {
        id: 'Handle',
        type: 'script',
        parentId: 'Sub',
        config: { scriptFile: 'handler.js', functionName: '' },
      },
      { id: 'SubEnd', type: subprocessEnd, parentId: 'Sub' },
    ],
    links: [
      { source: 'Start', target: 'Call' },
      { source: 'Call', target: 'End' },
      { source: 'ErrStart', target: 'Handle' },
      { source: 'Handle', target: 'SubEnd' },
    ],
    messageFlows: [failingCall],
    scripts: { 'handler.js': HANDLER },
  });
}

describe('Exception Subprocess', () => {
  it('catches a main-process error; ends completed with End Message (golden)', async () => {
    const trace = await runFlow(flowWith('endEvent'), input, options);
    const expectedError =
      'com.sap.it.rt.adapter.http.api.exception.HttpResponseException: An internal server error occured: HTTP operation failed invoking https://api.example.com/orders with statusCode: 503. Response body: down';
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: [
        'Start -> SequenceFlow_1',
        'Call !com.sap.it.rt.adapter.http.api.exception.HttpResponseException',
        'ErrStart -> SequenceFlow_3',
        'Handle -> SequenceFlow_4',
        'SubEnd',
      ],
      body: `Handled: ${expectedError.split(': ').slice(1).join(': ')}`,
      error: expectedError,
    });
    expect(trace.error).toMatchObject({ stepId: 'Call', handled: true });
    // The subprocess starts with the message as it was when the step failed.
    expect(trace.entries[2]!.before.body).toBe('order');
    expect(trace.entries[2]!.before.properties.CamelExceptionCaught).toMatchObject({
      '@exception': true,
      type: 'com.sap.it.rt.adapter.http.api.exception.HttpResponseException',
    });
  });

  it('ends failed when the subprocess ends with Error End', async () => {
    const trace = await runFlow(flowWith('errorEnd'), input, options);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({ stepId: 'Call', handled: false });
    expect(trace.output.body).toMatch(/^Handled: /);
  });

  it('an error inside the subprocess is not caught again', async () => {
    const flow = flowWith('endEvent');
    flow.resources.scripts[0]!.content =
      'function processData(m) { throw new Error("handler broke"); }';
    const trace = await runFlow(flow, input, options);
    expect(summarize(trace)).toMatchObject({ status: 'failed', error: 'Error: handler broke' });
    expect(trace.error?.stepId).toBe('Handle');
    expect(trace.entries.map((e) => e.stepId)).toEqual(['Start', 'Call', 'ErrStart', 'Handle']);
  });

  it('${exception.message} reads the caught error in expressions', async () => {
    const flow = flowWith('endEvent');
    flow.process.steps[5] = {
      ...flow.process.steps[5]!,
      type: 'contentModifier',
      config: {
        headers: [],
        properties: [],
        bodyType: 'Expression',
        bodyValue: 'Error: ${exception.message}',
      },
    };
    const trace = await runFlow(flow, input, options);
    expect(trace.output.body).toMatch(/^Error: An internal server error occured/);
  });
});
