import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage } from './storage';
import { basic, request, testTenant } from './testFixtures';
import type { Tenant } from './tenant';
import { bodyText } from '../expression/bodyText';

const TOKEN_URL = '/oauth/token?grant_type=client_credentials';
let tenant: Tenant;

beforeEach(async () => {
  tenant = testTenant().tenant;
  await tenant.createOAuthClient({
    name: 'apim',
    clientId: 'apim',
    secret: 'right',
    tokenValiditySec: 7200,
  });
});

const bodyOf = (res: { body: string | Uint8Array }) =>
  JSON.parse(bodyText(res.body)) as Record<string, unknown>;

describe('POST /oauth/token', () => {
  it('issues a bearer token with the client validity for Basic client credentials', async () => {
    const res = await tenant.handle(
      request(TOKEN_URL, { headers: { authorization: basic('apim', 'right') } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toMatch(/^application\/json/);
    expect(bodyOf(res)).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 7200,
    });
  });

  it('accepts an absolute URL and grant_type or credentials in a form body', async () => {
    const inForm = await tenant.handle(
      request('https://ifs-tenant.local/oauth/token', {
        headers: {
          Authorization: basic('apim', 'right'),
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      }),
    );
    expect(inForm.status).toBe(200);
    const formCredentials = await tenant.handle(
      request('/oauth/token', {
        body: 'grant_type=client_credentials&client_id=apim&client_secret=right',
      }),
    );
    expect(formCredentials.status).toBe(200);
  });

  it('answers 401 invalid_client for a wrong secret, an unknown client or no credentials', async () => {
    const cases: Record<string, string>[] = [
      { Authorization: basic('apim', 'wrong') },
      { Authorization: basic('nobody', 'right') },
      {},
      { Authorization: 'Basic !!!' },
    ];
    for (const headers of cases) {
      const res = await tenant.handle(request(TOKEN_URL, { headers }));
      expect(res.status).toBe(401);
      expect(bodyOf(res).error).toBe('invalid_client');
      expect(res.headers['WWW-Authenticate']).toMatch(/^Basic/);
    }
  });

  it('answers 400 for a missing or unsupported grant type', async () => {
    const headers = { Authorization: basic('apim', 'right') };
    const missing = await tenant.handle(request('/oauth/token', { headers }));
    expect([missing.status, bodyOf(missing).error]).toEqual([400, 'invalid_request']);
    const password = await tenant.handle(request('/oauth/token?grant_type=password', { headers }));
    expect([password.status, bodyOf(password).error]).toEqual([400, 'unsupported_grant_type']);
  });

  it('answers 405 to anything but POST', async () => {
    const res = await tenant.handle(
      request(TOKEN_URL, { method: 'GET', headers: { Authorization: basic('apim', 'right') } }),
    );
    expect(res.status).toBe(405);
  });

  it('stores tokens only as digests', async () => {
    const storage = createMemoryStorage();
    const { tenant: t } = testTenant({ storage });
    await t.createOAuthClient({ name: 'a', clientId: 'a', secret: 's' });
    const res = await t.handle(request(TOKEN_URL, { headers: { Authorization: basic('a', 's') } }));
    const token = bodyOf(res).access_token as string;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const stored = await storage.list<Record<string, unknown>>('tokens');
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]).toMatchObject({
      clientId: 'a',
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
