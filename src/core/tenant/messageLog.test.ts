import { describe, expect, it } from 'vitest';
import {
  fakeExecutor,
  helloWorldFlow,
  request,
  testTenant,
  walkthroughToken,
} from './testFixtures';

async function setup(cap?: number, logLevel: 'Info' | 'Trace' = 'Info') {
  const { tenant, clock } = testTenant({
    ...(cap !== undefined ? { messageLogCap: cap } : {}),
    execute: fakeExecutor((req) =>
      req?.body === 'fail' ? new Error('failed on purpose') : { body: 'ok' },
    ),
  });
  const flow = helloWorldFlow({ adapter: { csrfProtected: false } });
  flow.settings.logLevel = logLevel;
  await tenant.deploy(flow);
  const headers = { Authorization: `Bearer ${await walkthroughToken(tenant)}` };
  const call = (body = '') => tenant.handle(request('/http/v1/test/hello', { headers, body }));
  return { tenant, clock, call };
}

describe('message processing log', () => {
  it('writes one entry per run with flow, status, start, duration and http status', async () => {
    const { tenant, clock, call } = await setup();
    const ok = await call();
    clock.now += 1000;
    const failed = await call('fail');
    const entries = await tenant.queryMessageLog();
    expect(entries.map((e) => e.id)).toEqual([failed.messageId, ok.messageId]);
    expect(entries[1]).toMatchObject({
      flowId: 'HelloWorld',
      flowName: 'Hello World',
      status: 'Completed',
      start: Date.UTC(2026, 0, 1),
      httpStatus: 200,
      method: 'POST',
      path: '/v1/test/hello',
      user: 'oauth_client_apimconnectivity',
    });
    expect(entries[1]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(entries[0]).toMatchObject({
      status: 'Failed',
      httpStatus: 500,
      error: 'Error: failed on purpose',
    });
    expect(entries[0]).not.toHaveProperty('trace');
  });

  it('does not log requests rejected before the flow runs (as CPI)', async () => {
    const { tenant } = await setup();
    await tenant.handle(request('/http/v1/test/hello'));
    await tenant.handle(request('/http/unknown'));
    expect(await tenant.queryMessageLog()).toEqual([]);
  });

  it('keeps the engine trace when the deployed log level is Trace', async () => {
    const { tenant, call } = await setup(undefined, 'Trace');
    const res = await call();
    expect((await tenant.getLogEntry(res.messageId!))?.trace).toEqual({ entries: ['fake'] });
  });

  it('filters by flow, status and time range', async () => {
    const { tenant, clock, call } = await setup();
    const t0 = clock.now;
    await call();
    clock.now += 10_000;
    await call('fail');
    clock.now += 10_000;
    await call();
    expect(await tenant.queryMessageLog({ status: 'Failed' })).toHaveLength(1);
    expect(await tenant.queryMessageLog({ status: 'Completed' })).toHaveLength(2);
    expect(await tenant.queryMessageLog({ flowId: 'Other' })).toHaveLength(0);
    expect(await tenant.queryMessageLog({ from: t0 + 5000 })).toHaveLength(2);
    expect(await tenant.queryMessageLog({ from: t0, to: t0 + 10_000 })).toHaveLength(2);
    expect((await tenant.queryMessageLog({ limit: 1 }))[0]!.start).toBe(t0 + 20_000);
  });

  it('prunes the oldest entries beyond the cap', async () => {
    const { tenant, clock, call } = await setup(3);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await call()).messageId!);
      clock.now += 1;
    }
    expect((await tenant.queryMessageLog()).map((e) => e.id)).toEqual(ids.slice(2).reverse());
    expect(await tenant.getLogEntry(ids[0]!)).toBeUndefined();
    await tenant.clearMessageLog();
    expect(await tenant.queryMessageLog()).toEqual([]);
  });

  it('defaults to keeping the last 1,000 entries', async () => {
    const { tenant, call } = await setup();
    for (let i = 0; i < 1005; i++) await call();
    expect(await tenant.queryMessageLog()).toHaveLength(1000);
  });
});
