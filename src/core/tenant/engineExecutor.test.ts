import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import { createEngineExecutor } from './engineExecutor';
import {
  deployedHello,
  helloWorldFlow,
  request,
  testTenant,
  walkthroughToken,
} from './testFixtures';

const execute = createEngineExecutor(runFlow, requestToMessage, runScript);

/** Hello World with its script replaced, deployed on the real engine and QuickJS. */
async function withScript(script: string, returnException = false) {
  const { tenant } = testTenant({ execute });
  const flow = helloWorldFlow({ adapter: { csrfProtected: false } });
  flow.resources.scripts[0]!.content = script;
  flow.settings.returnExceptionToSender = returnException;
  flow.settings.logLevel = 'Trace';
  await tenant.deploy(flow);
  const headers = { Authorization: `Bearer ${await walkthroughToken(tenant)}` };
  return {
    tenant,
    call: () => tenant.handle(request('/http/v1/test/hello?id=7', { headers, body: 'in' })),
  };
}

describe('createEngineExecutor', () => {
  it('a script setting CamelHttpResponseCode and a header shapes the answer', async () => {
    const { call } = await withScript(`function processData(message) {
      message.setHeader("CamelHttpResponseCode", 202);
      message.setHeader("X-Order", "7");
      message.setBody("accepted");
      return message;
    }`);
    const res = await call();
    expect([res.status, res.body, res.headers['X-Order']]).toEqual([202, 'accepted', '7']);
    expect(Object.keys(res.headers).some((h) => h.startsWith('Camel'))).toBe(false);
  });

  it('a throwing script is a 500 naming the log entry, which holds the trace at level Trace', async () => {
    const { tenant, call } = await withScript(`function processData(message) {
      throw new Error("order 7 is invalid");
    }`);
    const res = await call();
    expect(res.status).toBe(500);
    expect(res.body).toContain(res.messageId);
    const entry = await tenant.getLogEntry(res.messageId!);
    expect(entry).toMatchObject({ status: 'Failed', errorStepId: 'Script_1' });
    expect(entry!.error).toContain('order 7 is invalid');
    expect(entry!.trace).toMatchObject({ status: 'failed' });
  });

  it('returns the exception text when the flow returns exceptions to the sender', async () => {
    const { call } = await withScript(
      `function processData(message) { throw new Error("order 7 is invalid"); }`,
      true,
    );
    const res = await call();
    expect(res.status).toBe(500);
    expect(res.body).toContain('order 7 is invalid');
  });

  it('an empty body from the script is a 204', async () => {
    const { call } = await withScript(
      `function processData(message) { message.setBody(""); return message; }`,
    );
    expect((await call()).status).toBe(204);
  });

  it('the flow sees the message log id: script, header, log entry and 500 body agree', async () => {
    const { tenant, call } = await withScript(`function processData(message) {
      var id = message.getProperty("SAP_MessageProcessingLogID");
      message.setHeader("X-Seen-Id", id);
      message.setBody(id);
      return message;
    }`);
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.messageId).toMatch(/^AG/);
    expect(res.body).toBe(res.messageId);
    expect(res.headers['X-Seen-Id']).toBe(res.messageId);
    expect(res.headers.SAP_MessageProcessingLogID).toBe(res.messageId);
    const [entry] = await tenant.queryMessageLog();
    expect(entry?.id).toBe(res.messageId);
    expect(entry?.trace).toMatchObject({ messageId: res.messageId });

    const failing = await withScript(
      `function processData(message) { throw new Error("id " + message.getProperty("SAP_MessageProcessingLogID")); }`,
      true,
    );
    const failed = await failing.call();
    expect(failed.status).toBe(500);
    // The exception text the script built from the property names the same id as the header.
    expect(failed.body).toContain(`id ${failed.messageId}`);
    expect(failed.headers.SAP_MessageProcessingLogID).toBe(failed.messageId);
    expect((await failing.tenant.getLogEntry(failed.messageId!))?.status).toBe('Failed');
  });

  it('hands each run fresh ids: a new log id and a Camel-style exchange id', async () => {
    const { tenant, call } = await withScript(`function processData(message) {
      message.setBody(message.getProperty("SAP_MessageProcessingLogID"));
      return message;
    }`);
    const [a, b] = [await call(), await call()];
    expect(a.body).not.toBe(b.body);
    expect([a.body, b.body]).toEqual([a.messageId, b.messageId]);
    const trace = (await tenant.getLogEntry(a.messageId!))?.trace as { exchangeId: string };
    expect(trace.exchangeId).toMatch(/^ID-ifs-tenant-[\w-]+-\d+-0-1$/);
  });

  it('runs the walkthrough flow unchanged', async () => {
    const { tenant, bearer } = await deployedHello({ execute });
    const res = await tenant.handle(request('/http/v1/test/hello', { headers: bearer }));
    expect([res.status, res.body]).toEqual([200, 'Hello world from IFlow']);
  });
});
