import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import { createEngineExecutor } from './engineExecutor';
import { REDACTED, isCredentialHeader, redactDeep, redactHeaders, requestSecrets } from './redact';
import { basic, helloWorldFlow, request, testTenant, walkthroughToken } from './testFixtures';

describe('redaction of credentials', () => {
  it('knows credential headers by name, whatever their case', () => {
    for (const h of [
      'Authorization',
      'proxy-authorization',
      'Cookie',
      'Set-Cookie',
      'X-CSRF-Token',
      'X-API-Key',
      'apikey',
      'X-Auth-Token',
      'X-Client-Secret',
      'X-Password',
    ])
      expect(isCredentialHeader(h), h).toBe(true);
    for (const h of ['Content-Type', 'SAP_MessageProcessingLogID', 'X-Order', 'Accept'])
      expect(isCredentialHeader(h), h).toBe(false);
  });

  it('keeps the scheme, drops the value', () => {
    expect(
      redactHeaders({ Authorization: 'Bearer abc.def', cookie: 'a=1', 'X-Order': '7' }),
    ).toEqual({ Authorization: `Bearer ${REDACTED}`, cookie: REDACTED, 'X-Order': '7' });
  });

  it('collects the token, the Basic base64, user:password and the password as secrets', () => {
    const secrets = requestSecrets({ Authorization: basic('client', 'p4ssw0rd!'), Accept: 'x' });
    const b64 = btoa('client:p4ssw0rd!');
    expect(secrets).toEqual(
      expect.arrayContaining([`Basic ${b64}`, b64, 'client:p4ssw0rd!', 'p4ssw0rd!']),
    );
    expect(requestSecrets({ 'X-CSRF-Token': 'Fetch' })).toEqual([]);
  });

  it('redacts header maps at any depth and scrubs secrets from every string', () => {
    const trace = {
      entries: [
        {
          before: { headers: { Authorization: 'Bearer tok123456', 'X-A': 'ok' }, body: 'x' },
          after: { headers: {}, body: 'token was tok123456', properties: { t: 'tok123456' } },
          logs: [{ level: 'info', text: 'saw tok123456' }],
        },
      ],
    };
    const out = redactDeep(trace, ['tok123456']);
    expect(JSON.stringify(out)).not.toContain('tok123456');
    expect(out.entries[0]!.before.headers).toEqual({
      Authorization: `Bearer ${REDACTED}`,
      'X-A': 'ok',
    });
    expect(out.entries[0]!.after.body).toBe(`token was ${REDACTED}`);
    expect(trace.entries[0]!.before.headers.Authorization).toBe('Bearer tok123456');
  });
});

describe('the message log never stores credentials in clear', () => {
  const execute = createEngineExecutor(runFlow, requestToMessage, runScript);
  const copying = `function processData(message) {
    var h = message.getHeaders();
    message.setProperty("auth", String(h.get("Authorization")));
    message.setBody("seen " + h.get("Authorization") + " " + h.get("Cookie"));
    throw new Error("auth was " + h.get("Authorization"));
  }`;

  for (const allowed of ['*', 'Authorization, Cookie, X-CSRF-Token'])
    it(`log level Trace, Allowed Headers "${allowed}": Bearer and Basic are redacted`, async () => {
      const { tenant } = testTenant({ execute });
      const flow = helloWorldFlow({ adapter: { csrfProtected: false } });
      flow.resources.scripts[0]!.content = copying;
      flow.settings.logLevel = 'Trace';
      flow.settings.allowedHeaders = allowed;
      await tenant.deploy(flow);
      const token = await walkthroughToken(tenant);
      const calls = [
        { Authorization: `Bearer ${token}`, Cookie: 'JSESSIONID=abcdef123' },
        { Authorization: basic('apimconnectivity', 's3cret'), Cookie: 'JSESSIONID=abcdef123' },
      ];
      for (const headers of calls) {
        const res = await tenant.handle(request('/http/v1/test/hello', { headers }));
        expect(res.status).toBe(500);
        const entry = await tenant.getLogEntry(res.messageId!);
        const stored = JSON.stringify(entry);
        expect(entry?.trace).toBeDefined();
        expect(stored).toContain(REDACTED);
        for (const secret of [token, btoa('apimconnectivity:s3cret'), 's3cret', 'abcdef123'])
          expect(stored).not.toContain(secret);
      }
    });
});
