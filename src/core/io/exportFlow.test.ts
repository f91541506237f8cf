import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { exportFlow, flowFileName, safeFileName } from './exportFlow';
import { helloWorldFlow } from './fixtures/helloWorld';
import { importFlow } from './importFlow';
import { isSecretEntry, isSecretKey } from './secrets';

const reimport = (text: string): Flow => {
  const r = importFlow(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.flow;
};

describe('exportFlow', () => {
  it('round-trips byte-identically', () => {
    for (const flow of [helloWorldFlow(), newFlow({ id: 'A', name: 'A' })]) {
      const text = exportFlow(flow);
      expect(exportFlow(reimport(text))).toBe(text);
    }
  });

  it('writes schemaVersion first, 2-space indent and a trailing newline', () => {
    const text = exportFlow(helloWorldFlow());
    expect(text.startsWith('{\n  "schemaVersion": 2,\n  "id": "Hello_World",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('does not depend on the key order of the model objects', () => {
    const flow = helloWorldFlow();
    const shuffled = JSON.parse(JSON.stringify(flow), function (_k, v) {
      return v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v;
    }) as Flow;
    expect(exportFlow(shuffled)).toBe(exportFlow(flow));
  });

  it('sorts config and header maps alphabetically', () => {
    const text = exportFlow(helloWorldFlow());
    const adapter = text.slice(text.indexOf('"adapter"'));
    const keys = [...adapter.matchAll(/^ {10}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys.slice(0, 6)).toEqual([...keys.slice(0, 6)].sort());
    expect(text.indexOf('"a": "1"')).toBeLessThan(text.indexOf('"b": "2"'));
  });

  it('never writes a secret', () => {
    const flow = helloWorldFlow();
    flow.messageFlows[0]!.adapter.config = {
      ...flow.messageFlows[0]!.adapter.config,
      password: 'p1',
      clientSecret: 's1',
      accessToken: 't1',
      nested: { private_key: 'k1', api_key: 'k2', keep: 'ok' },
    };
    flow.process.steps[2]!.config = { ...flow.process.steps[2]!.config, userPassword: 'p2' };
    const text = exportFlow(flow);
    for (const secret of ['p1', 's1', 't1', 'k1', 'k2', 'p2'])
      expect(text).not.toContain(`"${secret}"`);
    expect(text).toContain('"keep": "ok"');
  });

  it('names secret keys by their ending', () => {
    expect(
      ['password', 'clientSecret', 'token', 'refresh_token', 'apiKey', 'privateKey'].every(
        isSecretKey,
      ),
    ).toBe(true);
    expect(
      ['tokenUrl', 'address', 'userRole', 'csrfProtected', 'secretary'].some(isSecretKey),
    ).toBe(false);
    // CPI's CORS flag on every flow since 2021 is a setting, not a credential.
    expect(isSecretKey('accessControlAllowCredentials')).toBe(false);
  });

  it('keeps a secret-named key whose value gives nothing away (empty, a {{parameter}})', () => {
    expect(isSecretEntry('password', 'p1')).toBe(true);
    expect(isSecretEntry('password', '')).toBe(false);
    expect(isSecretEntry('oauthAccessToken', '{{Access Token}}')).toBe(false);
    expect(isSecretEntry('password', 'x{{P}}')).toBe(true);
    expect(isSecretEntry('address', 'p1')).toBe(false);
  });
});

describe('file names', () => {
  it('names a flow file after the flow', () => {
    expect(flowFileName(helloWorldFlow())).toBe('Hello_World.flow.json');
  });
  it('makes unsafe names safe', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etcpasswd');
    expect(safeFileName('a<b>:c|d?*')).toBe('abcd');
    expect(safeFileName('...')).toBe('flow');
    expect(safeFileName('CON')).toBe('flow');
    expect(safeFileName('x'.repeat(300)).length).toBe(100);
  });
});
