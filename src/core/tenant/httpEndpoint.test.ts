import { describe, expect, it } from 'vitest';
import {
  deployedHello,
  fakeExecutor,
  helloWorldFlow,
  request,
  testTenant,
  walkthroughToken,
} from './testFixtures';

const HELLO = '/http/v1/test/hello';

describe('404 and 413', () => {
  it('unknown address and undeployed flow → 404', async () => {
    const { tenant, bearer } = await deployedHello();
    const unknown = await tenant.handle(request('/http/v1/nothing', { headers: bearer }));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatch(/no deployed integration flow serves the address "\/v1\/nothing"/);
    await tenant.undeploy('HelloWorld');
    expect((await tenant.handle(request(HELLO, { headers: bearer }))).status).toBe(404);
    expect((await tenant.handle(request('/elsewhere', { headers: bearer }))).status).toBe(404);
  });

  it('routes case-insensitively and through wildcards', async () => {
    const { tenant, bearer } = await deployedHello();
    await tenant.deploy(
      helloWorldFlow({ id: 'Orders', address: '/orders/*', adapter: { csrfProtected: false } }),
    );
    expect((await tenant.handle(request('/http/V1/TEST/HELLO', { headers: bearer }))).status).toBe(
      200,
    );
    expect((await tenant.handle(request('/http/orders/42?x=1', { headers: bearer }))).status).toBe(
      200,
    );
  });

  it('a body over the Maximum Body Size → 413', async () => {
    const { tenant, bearer } = await deployedHello();
    const res = await tenant.handle(
      request(HELLO, { headers: bearer, body: 'x'.repeat(1024 * 1024 + 1) }),
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/at most 1 MB/);
    expect(
      (await tenant.handle(request(HELLO, { headers: bearer, body: 'x'.repeat(1024 * 1024) })))
        .status,
    ).toBe(200);
  });

  it('a deployment in Error → 503', async () => {
    const { tenant, bearer } = await deployedHello();
    const broken = testTenant({ runtimeCheck: async () => 'compile error' }).tenant;
    await broken.deploy(helloWorldFlow());
    const token = await walkthroughToken(broken);
    const res = await broken.handle(
      request(HELLO, { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(res.status).toBe(503);
    expect(res.body).toMatch(/status Error: compile error/);
    expect((await tenant.handle(request(HELLO, { headers: bearer }))).status).toBe(200);
  });
});

describe('execution results', () => {
  it('200 with the final body, plain headers and the log id', async () => {
    const { tenant, bearer } = await deployedHello({
      execute: fakeExecutor(() => ({
        body: '{"ok":true}',
        headers: {
          'Content-Type': 'application/json',
          'X-Count': 3,
          CamelHttpUri: 'internal',
          Authorization: 'secret',
          Complex: { a: 1 },
          'Bad\nName': 'x',
        },
      })),
    });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"ok":true}');
    expect(res.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Count': '3',
      SAP_MessageProcessingLogID: res.messageId,
    });
  });

  it('204 for an empty body', async () => {
    const { tenant, bearer } = await deployedHello({ execute: fakeExecutor(() => ({ body: '' })) });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect([res.status, res.body]).toEqual([204, '']);
  });

  it('CamelHttpResponseCode set by a script sets the status', async () => {
    const { tenant, bearer } = await deployedHello({
      execute: fakeExecutor(() => ({ body: 'created', headers: { CamelHttpResponseCode: '201' } })),
    });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect([res.status, res.body]).toEqual([201, 'created']);
    expect(res.headers).not.toHaveProperty('CamelHttpResponseCode');
  });

  it('ignores an invalid CamelHttpResponseCode', async () => {
    const { tenant, bearer } = await deployedHello({
      execute: fakeExecutor(() => ({ body: 'x', headers: { CamelHttpResponseCode: 'abc' } })),
    });
    expect((await tenant.handle(request(HELLO, { headers: bearer }))).status).toBe(200);
  });

  it('500 names the message processing log id', async () => {
    const { tenant, bearer } = await deployedHello({
      execute: fakeExecutor(() => new TypeError('boom in script')),
    });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(500);
    expect(res.messageId).toMatch(/^AG/);
    expect(res.body).toContain(`The MPL ID for the failed message is : ${res.messageId}`);
    expect(res.body).not.toContain('boom');
    const entry = await tenant.getLogEntry(res.messageId!);
    expect(entry).toMatchObject({
      status: 'Failed',
      httpStatus: 500,
      error: 'TypeError: boom in script',
      errorStepId: 'Script_1',
    });
  });

  it('500 with the exception text when the flow returns exceptions to the sender', async () => {
    const { tenant, bearer } = await deployedHello({
      returnException: true,
      execute: fakeExecutor(() => new TypeError('boom in script')),
    });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect([res.status, res.body]).toEqual([500, 'TypeError: boom in script']);
  });

  it('an executor that throws is a 500, not a crash', async () => {
    const { tenant, bearer } = await deployedHello({
      execute: async () => {
        throw new RangeError('engine broke');
      },
    });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(500);
    expect((await tenant.getLogEntry(res.messageId!))?.error).toBe('RangeError: engine broke');
  });

  it('hands the executor the path after /http, the query, headers, body and matched address', async () => {
    const seen: unknown[] = [];
    const { tenant, bearer } = await deployedHello({
      execute: async (flow, req, address) => {
        seen.push({ flow: flow.id, req, address });
        return { status: 'completed', output: { body: 'ok', headers: {}, properties: {} } };
      },
    });
    await tenant.handle(request(`${HELLO}?a=1`, { method: 'put', headers: bearer, body: 'in' }));
    expect(seen).toEqual([
      {
        flow: 'HelloWorld',
        req: { method: 'PUT', path: '/v1/test/hello', query: 'a=1', headers: bearer, body: 'in' },
        address: '/v1/test/hello',
      },
    ]);
  });
});
