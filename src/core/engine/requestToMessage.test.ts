import { describe, expect, it } from 'vitest';
import { headerAllowed, requestToMessage } from './requestToMessage';
import { runFlow } from './runFlow';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, lineFlow } from './testing/flowFixture';

const request = {
  method: 'post',
  url: 'https://tenant.example.com/http/v1/orders/42/items?status=open&limit=5',
  headers: {
    'content-type': 'application/json',
    'X-Trace': 't1',
    Authorization: 'Bearer abc',
    SAP_Custom: 'c',
  },
  body: '{"a":1}',
};

describe('requestToMessage (HTTPS sender)', () => {
  it('maps the request to CPI headers and passes only allowed headers', () => {
    const flow = lineFlow([], { settings: { allowedHeaders: 'x-trace, SAP_*' } });
    const m = requestToMessage(flow, request, '/v1/orders/*');
    expect(m.body).toBe('{"a":1}');
    expect(m.headers).toEqual({
      'X-Trace': 't1',
      SAP_Custom: 'c',
      status: 'open',
      limit: '5',
      CamelHttpMethod: 'POST',
      CamelHttpUrl: 'https://tenant.example.com/http/v1/orders/42/items',
      CamelHttpQuery: 'status=open&limit=5',
      CamelServletContextPath: '/v1/orders/42/items',
      CamelHttpPath: '42/items',
      'Content-Type': 'application/json',
    });
  });

  it('sets no CamelHttpPath for an exact address, no query header without a query', () => {
    const flow = lineFlow([]);
    const m = requestToMessage(
      flow,
      { method: 'GET', url: '/http/v1/test/hello', headers: {}, body: '' },
      '/v1/test/hello',
    );
    expect(m.headers).toEqual({
      CamelHttpMethod: 'GET',
      CamelHttpUrl: '/http/v1/test/hello',
      CamelServletContextPath: '/v1/test/hello',
    });
  });

  it('matches allowed headers case-insensitively with * wildcards', () => {
    expect(headerAllowed('X-Trace', 'x-trace')).toBe(true);
    expect(headerAllowed('Authorization', '*')).toBe(true);
    expect(headerAllowed('X-Other', 'x-trace,SAP_*')).toBe(false);
    expect(headerAllowed('sap_id', 'SAP_*')).toBe(true);
    expect(headerAllowed('X', '')).toBe(false);
  });

  it('runFlow with options.request uses the sender address and lets the input win', async () => {
    const flow = lineFlow([]);
    flow.messageFlows = [
      {
        id: 'MessageFlow_1',
        source: 'Participant_1',
        target: 'Start',
        adapter: { type: 'HTTPS', config: { address: '/v1/orders/*' } },
      },
    ];
    const trace = await runFlow(
      flow,
      { body: '', headers: { limit: '9' }, properties: {} },
      {
        runScript: fakeRunScript,
        ...fixedOptions,
        request,
      },
    );
    expect(trace.output.body).toBe('{"a":1}');
    expect(trace.output.headers).toMatchObject({
      CamelHttpPath: '42/items',
      limit: '9',
      status: 'open',
    });
  });
});
