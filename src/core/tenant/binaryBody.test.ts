import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import { createEngineExecutor } from './engineExecutor';
import { successResponse } from './flowResponse';
import { isTextType, requestBody } from './body';
import { redactDeep } from './redact';
import {
  deployedHello,
  fakeExecutor,
  helloWorldFlow,
  request,
  testTenant,
  walkthroughToken,
} from './testFixtures';

const HELLO = '/http/v1/test/hello';
const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xc3, 0x28]);

describe('which request bodies are text', () => {
  it('text/*, JSON, XML, form-urlencoded and any charset are text; other types are bytes', () => {
    for (const t of [
      'text/plain',
      'text/csv; charset=ISO-8859-1',
      'application/json',
      'application/vnd.api+json',
      'application/xml',
      'application/soap+xml; charset=utf-8',
      'application/x-www-form-urlencoded',
      'application/octet-stream; charset=UTF-8',
    ])
      expect(isTextType(t), t).toBe(true);
    for (const t of ['application/zip', 'application/octet-stream', 'image/png', 'application/pdf'])
      expect(isTextType(t), t).toBe(false);
    expect(isTextType(undefined)).toBeUndefined();
    expect(isTextType(' ')).toBeUndefined();
  });

  it('a body is decoded as UTF-8 for a text type, kept as bytes otherwise, sniffed without a type', () => {
    const text = new TextEncoder().encode('Grüße');
    expect(requestBody(text, 'text/plain')).toBe('Grüße');
    expect(requestBody(BYTES, 'application/zip')).toBe(BYTES);
    expect(requestBody(text, 'application/zip')).toBe(text);
    expect(requestBody(text, undefined)).toBe('Grüße');
    expect(requestBody(BYTES, undefined)).toBe(BYTES);
    expect(requestBody(new Uint8Array(0), 'application/zip')).toBe('');
  });
});

describe('a binary body in the answer', () => {
  const out = (body: unknown, headers: Record<string, unknown> = {}) =>
    successResponse({ body, headers, properties: {} });

  it('answers the exact bytes as application/octet-stream when the flow set no type', () => {
    const res = out(BYTES);
    expect(res).toEqual({
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream' },
      body: BYTES,
    });
  });

  it("keeps the flow's own binary Content-Type; a text type does not fit bytes", () => {
    expect(out(BYTES, { 'Content-Type': 'application/zip' }).headers).toEqual({
      'Content-Type': 'application/zip',
    });
    expect(out(BYTES, { 'content-type': 'text/plain' }).headers).toEqual({
      'Content-Type': 'application/octet-stream',
    });
    // Text unzipped from a posted ZIP is not answered as application/zip.
    expect(out('hello', { 'Content-Type': 'application/zip' })).toEqual({
      status: 200,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: 'hello',
    });
    // Text bodies as before.
    expect(out('{}', { 'Content-Type': 'application/json' }).headers).toEqual({
      'Content-Type': 'application/json',
    });
    expect(out('').status).toBe(204);
    expect(out(new Uint8Array(0)).status).toBe(204);
  });

  it('bytes posted reach the flow unchanged, and its bytes come back unchanged', async () => {
    let received: unknown;
    const { tenant, bearer } = await deployedHello({
      execute: fakeExecutor((req) => {
        received = req?.body;
        return { body: req?.body, headers: { 'Content-Type': 'application/zip' } };
      }),
    });
    const res = await tenant.handle(
      request(HELLO, { headers: { ...bearer, 'Content-Type': 'application/zip' }, body: BYTES }),
    );
    expect(received).toEqual(BYTES);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(BYTES);
    expect(res.headers['Content-Type']).toBe('application/zip');
  });

  it('the body size limit counts bytes', async () => {
    const { tenant, bearer } = await deployedHello();
    const big = new Uint8Array(1024 * 1024 + 1);
    const res = await tenant.handle(request(HELLO, { headers: bearer, body: big }));
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/1048577 bytes/);
  });
});

describe('ZIP steps on the tenant (real engine)', () => {
  const execute = createEngineExecutor(runFlow, requestToMessage, runScript);

  async function deployed(type: 'zipCompressor' | 'zipDecompressor') {
    const { tenant } = testTenant({ execute });
    const flow = helloWorldFlow({ adapter: { csrfProtected: false } });
    const step = flow.process.steps.find((s) => s.type === 'script')!;
    step.type = type;
    step.config = {};
    flow.settings.logLevel = 'Trace';
    await tenant.deploy(flow);
    const headers = { Authorization: `Bearer ${await walkthroughToken(tenant)}` };
    return { tenant, headers };
  }

  it('a posted ZIP is unzipped to its text', async () => {
    const { tenant, headers } = await deployed('zipDecompressor');
    const zip = zipSync({ 'order.xml': new TextEncoder().encode('<order>Grüße</order>') });
    const res = await tenant.handle(
      request(HELLO, { headers: { ...headers, 'Content-Type': 'application/zip' }, body: zip }),
    );
    expect([res.status, res.body]).toEqual([200, '<order>Grüße</order>']);
    expect(res.headers['Content-Type']).toBe('text/plain;charset=UTF-8');
  });

  it('text is zipped into bytes that unzip to the text; the trace keeps the bytes', async () => {
    const { tenant, headers } = await deployed('zipCompressor');
    const res = await tenant.handle(
      request(HELLO, {
        headers: { ...headers, 'Content-Type': 'text/plain', CamelFileName: 'a.txt' },
        body: 'Grüße',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/octet-stream');
    const files = unzipSync(res.body as Uint8Array);
    expect(Object.values(files).map((f) => new TextDecoder().decode(f))).toEqual(['Grüße']);
    const entry = await tenant.getLogEntry(res.messageId!);
    const trace = entry?.trace as { output: { body: unknown } };
    expect(trace.output.body).toBeInstanceOf(Uint8Array);
    expect(trace.output.body).toEqual(res.body);
  });
});

describe('stored bodies', () => {
  it('redaction copies bytes as bytes', () => {
    const copy = redactDeep({ entries: [{ after: { body: BYTES, headers: {} } }] }, ['secret']);
    expect(copy.entries[0]!.after.body).toBeInstanceOf(Uint8Array);
    expect(copy.entries[0]!.after.body).toEqual(BYTES);
    expect(copy.entries[0]!.after.body).not.toBe(BYTES);
  });
});
