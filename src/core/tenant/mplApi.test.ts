import { describe, expect, it } from 'vitest';
import { parseFilter, toODataMpl } from './mplApi';
import { MONITORING_DATA_READ } from './roles';
import { basic, deployedHello, fakeExecutor, request } from './testFixtures';
import type { MessageLogEntry } from './types';
import { bodyText } from '../expression/bodyText';

/** Hello World deployed, one run that completes and one that fails, and a reader with the role. */
async function withLogs() {
  let fail = false;
  const deployed = await deployedHello({
    execute: fakeExecutor(() => (fail ? new Error('boom at line 3') : { body: 'ok' })),
  });
  const { tenant, clock, bearer } = deployed;
  const first = await tenant.handle(request('/http/v1/test/hello', { headers: bearer }));
  clock.now += 60_000;
  fail = true;
  const second = await tenant.handle(request('/http/v1/test/hello', { headers: bearer }));
  const created = await tenant.createOAuthClient({ name: 'mon', clientId: 'mon', secret: 'pw' });
  if (!created.ok) throw new Error('client');
  await tenant.assignRole('oauth_client_mon', MONITORING_DATA_READ);
  const reader = { Authorization: basic('mon', 'pw') };
  const get = async (url: string, headers: Record<string, string> = reader) =>
    tenant.handle(request(url, { method: 'GET', headers }));
  return { ...deployed, get, ids: [first.messageId!, second.messageId!], reader };
}

type Results = { d: { results: Record<string, unknown>[]; __count?: string } };

describe('message processing log API (/api/v1/MessageProcessingLogs)', () => {
  it('lists the logs newest first in CPI’s OData shape', async () => {
    const { get, ids } = await withLogs();
    const res = await get('/api/v1/MessageProcessingLogs?$format=json');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toMatch(/^application\/json/);
    const { d } = JSON.parse(bodyText(res.body)) as Results;
    expect(d.results.map((r) => r.MessageGuid)).toEqual([ids[1], ids[0]]);
    expect(d.results[0]).toMatchObject({
      Status: 'FAILED',
      IntegrationFlowName: 'HelloWorld',
      LogStart: `/Date(${Date.UTC(2026, 0, 1) + 60_000})/`,
      IntegrationArtifact: { Id: 'HelloWorld', Type: 'INTEGRATION_FLOW' },
    });
    expect(d.results[1]).toMatchObject({ Status: 'COMPLETED', LogLevel: 'INFO' });
  });

  it('filters, orders, pages, counts and selects', async () => {
    const { get, ids } = await withLogs();
    const q = (s: string) => get(`/api/v1/MessageProcessingLogs?${s}`);
    const results = async (s: string) => (JSON.parse(bodyText((await q(s)).body)) as Results).d;
    expect((await results("$filter=Status eq 'FAILED'")).results.map((r) => r.MessageGuid)).toEqual(
      [ids[1]],
    );
    expect(
      (await results("$filter=Status eq 'FAILED' or IntegrationFlowName eq 'HelloWorld'")).results,
    ).toHaveLength(2);
    expect(
      (
        await results(
          `$filter=${encodeURIComponent("LogStart gt datetime'2026-01-01T00:00:30' and (Status ne 'COMPLETED')")}`,
        )
      ).results.map((r) => r.MessageGuid),
    ).toEqual([ids[1]]);
    expect((await results('$orderby=LogStart asc')).results.map((r) => r.MessageGuid)).toEqual(ids);
    const page = await results('$top=1&$skip=1&$inlinecount=allpages');
    expect(page.__count).toBe('2');
    expect(page.results.map((r) => r.MessageGuid)).toEqual([ids[0]]);
    expect((await results('$select=MessageGuid,Status')).results[0]).toEqual({
      __metadata: { type: 'com.sap.hci.api.MessageProcessingLog' },
      MessageGuid: ids[1],
      Status: 'FAILED',
    });
    const count = await q("$filter=Status eq 'COMPLETED'").then(() =>
      get("/api/v1/MessageProcessingLogs/$count?$filter=Status eq 'COMPLETED'"),
    );
    expect(count.body).toBe('1');
  });

  it('gives one log by id and the error text of a failed one', async () => {
    const { get, ids } = await withLogs();
    const one = await get(`/api/v1/MessageProcessingLogs('${ids[1]}')`);
    expect((JSON.parse(bodyText(one.body)) as { d: { MessageGuid: string } }).d.MessageGuid).toBe(
      ids[1],
    );
    const error = await get(`/api/v1/MessageProcessingLogs('${ids[1]}')/ErrorInformation/$value`);
    expect(error.status).toBe(200);
    expect(error.body).toContain('boom at line 3');
    const none = await get(`/api/v1/MessageProcessingLogs('${ids[0]}')/ErrorInformation/$value`);
    expect(none.status).toBe(404);
    const missing = await get("/api/v1/MessageProcessingLogs('AGnope')");
    expect(missing.status).toBe(404);
    expect(JSON.parse(bodyText(missing.body))).toEqual({
      error: {
        code: 'Not Found',
        message: { lang: 'en', value: 'No message processing log has the id "AGnope".' },
      },
    });
  });

  it('needs credentials and the role MonitoringDataRead; bearer tokens work too', async () => {
    const { get, tenant, bearer } = await withLogs();
    expect((await get('/api/v1/MessageProcessingLogs', {})).status).toBe(401);
    expect(
      (await get('/api/v1/MessageProcessingLogs', { Authorization: basic('mon', 'x') })).status,
    ).toBe(401);
    // The walkthrough's client has ESBMessaging.send only.
    const denied = await get('/api/v1/MessageProcessingLogs', bearer);
    expect(denied.status).toBe(403);
    expect(denied.body).toContain('"MonitoringDataRead"');
    await tenant.assignRole('oauth_client_apimconnectivity', MONITORING_DATA_READ);
    expect((await get('/api/v1/MessageProcessingLogs', bearer)).status).toBe(200);
    // Refusals reach the Monitor's rejected calls with a one-line reason.
    const rejected = await tenant.listRejectedCalls();
    expect(rejected.map((r) => r.status)).toEqual(expect.arrayContaining([401, 403]));
  });

  it('answers bad queries with a 400 naming the problem, and other methods with 405', async () => {
    const { get, tenant, reader } = await withLogs();
    const bad = async (s: string) => {
      const res = await get(`/api/v1/MessageProcessingLogs?${s}`);
      expect(res.status, s).toBe(400);
      return (JSON.parse(bodyText(res.body)) as { error: { message: { value: string } } }).error
        .message.value;
    };
    expect(await bad("$filter=Nope eq 'x'")).toMatch(/"Nope" is not a field/);
    expect(await bad("$filter=Status is 'x'")).toMatch(/operator/);
    expect(await bad("$filter=LogStart gt 'yesterday'")).toMatch(/datetime'/);
    expect(await bad("$filter=(Status eq 'FAILED'")).toMatch(/not closed/);
    expect(await bad('$top=-1')).toMatch(/\$top/);
    expect(await bad('$orderby=Status sideways')).toMatch(/\$orderby/);
    expect(await bad('$select=Secret')).toMatch(/\$select/);
    expect((await get('/api/v1/MessageProcessingLogs?$format=atom')).status).toBe(406);
    const post = await tenant.handle(
      request('/api/v1/MessageProcessingLogs', { method: 'DELETE', headers: reader }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
    expect((await get('/api/v1/MessageProcessingLogs/Other')).status).toBe(404);
  });
});

describe('parseFilter', () => {
  const entry = (over: Partial<MessageLogEntry>): MessageLogEntry => ({
    id: 'AG1',
    flowId: 'F',
    flowName: 'F',
    status: 'Completed',
    start: Date.UTC(2026, 0, 1, 10),
    durationMs: 5,
    httpStatus: 200,
    method: 'POST',
    path: '/http/x',
    seq: 1,
    ...over,
  });

  it('reads quotes, zones and precedence (and before or)', () => {
    expect(parseFilter("IntegrationFlowName eq 'O''Brien'")(entry({ flowId: "O'Brien" }))).toBe(
      true,
    );
    const at = parseFilter("LogEnd ge datetime'2026-01-01T10:00:00.005Z'");
    expect(at(entry({}))).toBe(true);
    expect(at(entry({ durationMs: 4 }))).toBe(false);
    const p = parseFilter("Status eq 'FAILED' or Status eq 'COMPLETED' and LogLevel eq 'TRACE'");
    expect(p(entry({ status: 'Failed' }))).toBe(true);
    expect(p(entry({}))).toBe(false);
    expect(p(entry({ trace: {} }))).toBe(true);
  });

  it('maps an entry to the OData fields', () => {
    expect(toODataMpl(entry({ status: 'Failed', trace: [] }))).toMatchObject({
      Status: 'FAILED',
      CustomStatus: 'FAILED',
      LogLevel: 'TRACE',
      LogEnd: `/Date(${Date.UTC(2026, 0, 1, 10) + 5})/`,
    });
  });
});
