import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';
import { httpReceiverAdapter } from '../../adapters/httpReceiver';
import { requestReplyType } from '.';

const options = { runScript: fakeRunScript, ...fixedOptions };

function callFlow(config: Record<string, unknown>, adapterType = 'HTTP') {
  const flow = lineFlow([{ id: 'Call', type: 'requestReply' }]);
  flow.messageFlows = [
    {
      id: 'MessageFlow_9',
      source: 'Call',
      target: 'Participant_2',
      adapter: {
        type: adapterType,
        config: {
          ...httpReceiverAdapter.defaultConfig(),
          address: 'https://api.example.com/x',
          ...config,
        },
      },
    },
  ];
  return flow;
}

describe('Request Reply + HTTP receiver', () => {
  it('makes the mock reply the body and adds its headers (golden)', async () => {
    const flow = callFlow({
      mockStatus: 201,
      mockHeaders: 'Content-Type: application/json\nX-Id: 9',
      mockBody: '{"ok":true}',
    });
    const trace = await runFlow(
      flow,
      { body: 'req', headers: { keep: 1 }, properties: {} },
      options,
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'Call -> SequenceFlow_2', 'End'],
      body: '{"ok":true}',
    });
    expect(trace.output.headers).toEqual({
      keep: 1,
      'Content-Type': 'application/json',
      'X-Id': '9',
      CamelHttpResponseCode: 201,
    });
    expect(trace.entries[1]!.logs[0]!.text).toBe(
      'POST https://api.example.com/x → 201 (simulated reply)',
    );
  });

  it('fails with an HTTP exception on status ≥ 400', async () => {
    const trace = await runFlow(
      callFlow({ mockStatus: 404, mockBody: 'no such order' }),
      { body: 'req', headers: {}, properties: {} },
      options,
    );
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({
      stepId: 'Call',
      type: 'com.sap.it.rt.adapter.http.api.exception.HttpResponseException',
      message: expect.stringContaining('with statusCode: 404'),
    });
  });

  it('reports an unconnected call and a non-simulated adapter', async () => {
    const unconnected = lineFlow([{ id: 'Call', type: 'requestReply' }]);
    expect(
      (await runFlow(unconnected, { body: '', headers: {}, properties: {} }, options)).error
        ?.message,
    ).toBe('"Call" is not connected to a Receiver');
    expect(
      requestReplyType.validate!(unconnected.process.steps[1]!, unconnected).map((p) => p.message),
    ).toEqual(['Call: connect it to a Receiver']);
    const soap = callFlow({}, 'SOAP');
    expect(
      (await runFlow(soap, { body: '', headers: {}, properties: {} }, options)).error?.message,
    ).toBe('Adapter "SOAP" cannot be simulated');
  });

  it('the adapter validates address, timeout, credentials, status and header lines', () => {
    expect(
      httpReceiverAdapter.validate!({
        ...httpReceiverAdapter.defaultConfig(),
        address: 'https://a.example.com',
      }),
    ).toEqual([]);
    const errors = httpReceiverAdapter.validate!({
      ...httpReceiverAdapter.defaultConfig(),
      address: 'ftp://x',
      timeoutMs: 0,
      authentication: 'Basic',
      mockStatus: 700,
      mockHeaders: 'ok: 1\nbroken line',
    });
    expect(errors.map((e) => e.field)).toEqual([
      'address',
      'timeoutMs',
      'credentialName',
      'mockStatus',
      'mockHeaders',
    ]);
    expect(errors[4]!.message).toBe('Reply header line 2 is not "Name: value"');
  });
});
