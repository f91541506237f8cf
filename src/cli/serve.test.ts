import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFlow } from '../core/io';
import { helloWorldFlow } from '../core/io/fixtures/helloWorld';
import { hashSecret, defaultRandom } from '../core/tenant/crypto';
import { MAX_READ_BYTES } from './serve/server';
import { BIN, ifs, tempDir } from './testing';

let dir: string;
let flowPath: string;
let tenantPath: string;
let child: ChildProcess;
let base: string;
/** The message processing log API's URL, as `ifs serve --json` prints it. */
let logsUrl: string;
let tickerPath: string;
let clockPath: string;
let timers: string[];
let exited: Promise<number | null>;
/** The server's request log (--log): every stderr line so far, and whoever waits for one. */
const logLines: string[] = [];
let onLogLine: (() => void) | null = null;

/** Resolves with the first log line from `from` on that matches. */
async function logLine(pattern: RegExp, from: number): Promise<{ line: string; index: number }> {
  for (;;) {
    const index = logLines.findIndex((l, i) => i >= from && pattern.test(l));
    if (index >= 0) return { line: logLines[index]!, index };
    if (child.exitCode !== null) throw new Error(`serve exited; log: ${logLines.join('\n')}`);
    await new Promise<void>((r) => (onLogLine = r));
  }
}

beforeAll(async () => {
  dir = tempDir();
  const flow = helloWorldFlow();
  flow.settings.limits.scriptTimeMs = 10_000;
  flow.resources.scripts[0]!.content = `function processData(message) {
  var body = String(message.getBody());
  if (body.indexOf("slow") === 0) { var t = Date.now(); while (Date.now() - t < 3000) {} }
  message.setBody("Hello world from IFlow: " + body);
  return message;
}`;
  flowPath = join(dir, 'hello.flow.json');
  writeFileSync(flowPath, exportFlow(flow));
  // A flow started by a Run Once timer: it runs once when the server deploys it.
  const ticker = helloWorldFlow();
  ticker.id = 'Ticker';
  ticker.name = 'Ticker';
  ticker.process.steps.find((s) => s.type === 'startEvent')!.type = 'timerStart';
  ticker.messageFlows = [];
  ticker.participants = ticker.participants.filter((p) => p.kind !== 'sender');
  tickerPath = join(dir, 'ticker.flow.json');
  writeFileSync(tickerPath, exportFlow(ticker));
  // And one on a schedule: every second.
  const clock = structuredClone(ticker);
  clock.id = 'Clock';
  clock.name = 'Clock';
  clock.process.steps.find((s) => s.type === 'timerStart')!.config = {
    run: 'cron',
    cron: '* * * ? * *',
    timeZone: 'Europe/Berlin',
  };
  clockPath = join(dir, 'clock.flow.json');
  writeFileSync(clockPath, exportFlow(clock));
  const secretHash = await hashSecret('s3cret-value', defaultRandom, 1000);
  tenantPath = join(dir, 'tenant.json');
  writeFileSync(
    tenantPath,
    JSON.stringify({
      clients: [
        { clientId: 'apimconnectivity', secretHash },
        { clientId: 'monitor', secretHash },
      ],
      roles: [
        { user: 'oauth_client_apimconnectivity', roles: ['ESBMessaging.send'] },
        { user: 'oauth_client_monitor', roles: ['MonitoringDataRead'] },
      ],
    }),
  );
  child = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      flowPath,
      tickerPath,
      clockPath,
      ...['--port', '0', '--tenant', tenantPath, '--workers', '2', '--json', '--log'],
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  exited = new Promise((done) => child.once('exit', (code) => done(code)));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    logLines.push(line);
    onLogLine?.();
  });
  const first = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', done);
    child.once('exit', () => fail(new Error('serve exited early')));
  });
  ({
    url: base,
    logsUrl,
    timers,
  } = JSON.parse(first) as {
    url: string;
    logsUrl: string;
    timers: string[];
  });
}, 90_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function token(secret = 's3cret-value'): Promise<Response> {
  return fetch(`${base}/oauth/token?grant_type=client_credentials`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`apimconnectivity:${secret}`).toString('base64')}`,
    },
  });
}

async function call(body: string, bearer: string, csrf?: string): Promise<Response> {
  return fetch(`${base}/http/v1/test/hello`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
    body,
  });
}

describe('ifs serve (a real HTTP server on 127.0.0.1)', { timeout: 90_000 }, () => {
  let bearer = '';
  let csrf = '';

  it('issues tokens for the tenant file client, refuses a wrong secret with 401', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const bad = await token('wrong');
    expect(bad.status).toBe(401);
    const ok = await token();
    expect(ok.status).toBe(200);
    const json = (await ok.json()) as { access_token: string; expires_in: number };
    expect(json.expires_in).toBe(3600);
    bearer = json.access_token;
  });

  it('serves the flow with CSRF and roles as the tenant does (403, 401, 404, 200)', async () => {
    const noCsrf = await call('x', bearer);
    expect(noCsrf.status).toBe(403);
    expect(await noCsrf.text()).toContain('CSRF');
    const fetched = await fetch(`${base}/http/v1/test/hello`, {
      headers: { Authorization: `Bearer ${bearer}`, 'X-CSRF-Token': 'Fetch' },
    });
    csrf = fetched.headers.get('x-csrf-token') ?? '';
    expect(csrf).not.toBe('');
    expect((await call('x', 'not-a-token', csrf)).status).toBe(401);
    const missing = await fetch(`${base}/http/nowhere`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}` },
    });
    expect(missing.status).toBe(404);
    const res = await call('there', bearer, csrf);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Hello world from IFlow: there');
  });

  it('a body over the largest read answers 413, declared or sent', async () => {
    /** Sends `chunks` MB of body (declaring `declared` bytes, or chunked); resolves with the answer. */
    const send = (chunks: number, declared?: number) =>
      new Promise<{ status: number; text: string }>((done, fail) => {
        const req = request(`${base}/http/v1/test/hello`, {
          // A connection of its own: the first one is left with a body the server still reads.
          agent: false,
          method: 'POST',
          headers: {
            Authorization: `Bearer ${bearer}`,
            ...(declared ? { 'Content-Length': String(declared) } : {}),
          },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            done({ status: res.statusCode ?? 0, text });
            req.destroy(); // a declared body is never sent whole
          });
        });
        req.on('error', fail);
        const mb = Buffer.alloc(1024 * 1024, 0x61);
        let sent = 0;
        const more = (): void => {
          while (sent < chunks) {
            sent++;
            if (!req.write(mb)) return void req.once('drain', more);
          }
          req.end();
        };
        more();
      });
    const declared = await send(1, 100 * 1024 * 1024);
    expect(declared).toEqual({
      status: 413,
      text: `413 Payload Too Large: the request body exceeds ${MAX_READ_BYTES} bytes.`,
    });
    const chunked = await send(MAX_READ_BYTES / (1024 * 1024) + 2);
    expect(chunked.status).toBe(413);
  });

  it('serves the message processing logs API to a client with MonitoringDataRead', async () => {
    const url = `${logsUrl}?$filter=${encodeURIComponent("Status eq 'COMPLETED' and IntegrationFlowName eq 'Hello_World'")}&$top=1`;
    const auth = (user: string) => ({
      Authorization: `Basic ${Buffer.from(`${user}:s3cret-value`).toString('base64')}`,
    });
    expect((await fetch(url, { headers: auth('apimconnectivity') })).status).toBe(403);
    const res = await fetch(url, { headers: auth('monitor') });
    expect(res.status).toBe(200);
    const { d } = (await res.json()) as { d: { results: Record<string, unknown>[] } };
    expect(d.results).toHaveLength(1);
    expect(d.results[0]).toMatchObject({ Status: 'COMPLETED', IntegrationFlowName: 'Hello_World' });
  });

  it('a flow with a Run Once timer ran once when deployed, and its entry is in the logs API', async () => {
    expect(timers).toEqual([
      'Clock: Timer Start "Start": scheduled "* * * ? * *" (Europe/Berlin), runs at each of its times while the tenant runs (their messages are in the message processing log)',
      'Ticker: Timer Start "Start": Run Once, ran when deployed (its message is in the message processing log)',
    ]);
    const url = `${logsUrl}?$filter=${encodeURIComponent("IntegrationFlowName eq 'Ticker'")}`;
    const auth = `Basic ${Buffer.from('monitor:s3cret-value').toString('base64')}`;
    const runs = async () => {
      const res = await fetch(url, { headers: { Authorization: auth } });
      return ((await res.json()) as { d: { results: Record<string, unknown>[] } }).d.results;
    };
    // The run started at deploy may still be going when the server says it listens.
    await expect.poll(async () => (await runs()).length, { timeout: 10_000 }).toBe(1);
    expect((await runs())[0]).toMatchObject({ Status: 'COMPLETED' });
  });

  it('a flow on a schedule runs at each of its times while the server runs', async () => {
    const url = `${logsUrl}?$filter=${encodeURIComponent("IntegrationFlowName eq 'Clock'")}`;
    const auth = `Basic ${Buffer.from('monitor:s3cret-value').toString('base64')}`;
    const runs = async () => {
      const res = await fetch(url, { headers: { Authorization: auth } });
      return ((await res.json()) as { d: { results: Record<string, unknown>[] } }).d.results;
    };
    // Every second: two runs come within a few seconds, each completed.
    await expect
      .poll(async () => (await runs()).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    expect((await runs()).every((r) => r.Status === 'COMPLETED')).toBe(true);
  });

  it('a slow message does not stall a fast one; SIGTERM finishes the message in flight', async () => {
    // Each step waits for the server's request log (--log), not for time to pass: the slow
    // message is in flight (its script busy for 3 s) before the fast one is sent.
    const log = (r: string) => new RegExp(`"type":"${r}"`);
    let from = logLines.length;
    let slowAnswered = false;
    const slow = call('slow one', bearer, csrf).then(async (r) => {
      slowAnswered = true;
      return { status: r.status, text: await r.text() };
    });
    const slowIn = await logLine(log('received'), from);
    const fast = await call('fast one', bearer, csrf);
    expect(await fast.text()).toBe('Hello world from IFlow: fast one');
    // Answered while the slow script was still busy in the other worker.
    expect(slowAnswered).toBe(false);
    const slowSeq = (JSON.parse(slowIn.line) as { seq: number }).seq;
    expect(logLines.slice(from).some((l) => l.includes(`"answered","seq":${slowSeq},`))).toBe(
      false,
    );

    from = logLines.length;
    const slow2 = call('slow two', bearer, csrf);
    await logLine(log('received'), from);
    child.kill('SIGTERM');
    expect(await slow).toEqual({ status: 200, text: 'Hello world from IFlow: slow one' });
    const r2 = await slow2;
    expect(r2.status).toBe(200);
    expect(await r2.text()).toBe('Hello world from IFlow: slow two');
    expect(await exited).toBe(0);
    // The log names each answered message with its status and message processing log id.
    const answered = logLines
      .filter((l) => l.includes('"type":"answered"'))
      .map((l) => JSON.parse(l) as { status: number; path: string; messageId?: string });
    const ok = answered.filter((a) => a.path === '/http/v1/test/hello' && a.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(4);
    expect(ok.every((a) => a.messageId?.startsWith('AG'))).toBe(true);
    // Refused before a flow ran: no message processing log entry.
    expect(answered.filter((a) => a.status === 401).every((a) => !a.messageId)).toBe(true);
  });

  it('bad tenant file, a port in use, a flow that cannot be deployed: one-line errors, exit 2', async () => {
    const badTenant = join(dir, 'bad-tenant.json');
    writeFileSync(badTenant, JSON.stringify({ clients: [{ clientId: 'a b', secretHash: {} }] }));
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = String((blocker.address() as { port: number }).port);
    const broken = helloWorldFlow();
    broken.process.sequenceFlows = [];
    const brokenPath = join(dir, 'broken.flow.json');
    writeFileSync(brokenPath, exportFlow(broken));
    // Another flow at the same address: the file that cannot be deployed is named.
    const sameAddress = helloWorldFlow();
    sameAddress.id = 'Other';
    const sameAddressPath = join(dir, 'same-address.flow.json');
    writeFileSync(sameAddressPath, exportFlow(sameAddress));
    const clash = await ifs(['serve', flowPath, sameAddressPath, '--port', '0']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(
      /^error: .*same-address\.flow\.json: flow "Hello World" cannot be deployed: Address "\/v1\/test\/hello" is already served/,
    );
    // Another file with the same flow id would replace the first flow's deployment.
    const sameId = helloWorldFlow();
    sameId.messageFlows[0]!.adapter.config.address = '/v1/other';
    const sameIdPath = join(dir, 'same-id.flow.json');
    writeFileSync(sameIdPath, exportFlow(sameId));
    const [t, p, b, d] = await Promise.all([
      ifs(['serve', flowPath, '--port', '0', '--tenant', badTenant]),
      ifs(['serve', flowPath, '--port', port]),
      ifs(['serve', brokenPath, '--port', '0']),
      ifs(['serve', flowPath, sameIdPath, '--port', '0', '--json']),
    ]);
    expect(d.code).toBe(2);
    expect(d.stderr.trim()).toBe(
      `error: ${sameIdPath}: flow id "Hello_World" is also the id of the flow in ${flowPath}; the tenant deploys one flow per id`,
    );
    expect(JSON.parse(d.stdout)).toMatchObject({ ok: false, exitCode: 2 });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(
      /broken\.flow\.json: flow "Hello World" cannot be deployed: .* validation errors? \(first: .+\)/,
    );
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    blocker.close();
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/bad-tenant\.json: clients\[0\]\.clientId: letters, digits/);
    expect(t.stderr.trim().split('\n')).toHaveLength(1);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
  });
});
