import { beforeEach, describe, expect, it } from 'vitest';
import { basic, deployedHello, helloWorldFlow, request, testTenant } from './testFixtures';
import type { Tenant } from './tenant';

const HELLO = '/http/v1/test/hello';

describe('401: credentials', () => {
  let tenant: Tenant;
  beforeEach(async () => ({ tenant } = await deployedHello()));

  it('no credentials → 401 with a challenge', async () => {
    const res = await tenant.handle(request(HELLO));
    expect(res.status).toBe(401);
    expect(res.headers['WWW-Authenticate']).toContain('Basic');
    expect(res.body).toMatch(/no credentials sent/);
  });

  it('unknown token → 401 invalid token', async () => {
    const res = await tenant.handle(
      request(HELLO, { headers: { Authorization: 'Bearer made-up' } }),
    );
    expect(res.status).toBe(401);
    expect(res.headers['WWW-Authenticate']).toContain('error="invalid_token"');
    expect(res.body).toMatch(/invalid or unknown/);
  });

  it('wrong Basic password → 401', async () => {
    await tenant.createUser('alice', 'pw');
    const res = await tenant.handle(
      request(HELLO, { headers: { Authorization: basic('alice', 'nope') } }),
    );
    expect(res.status).toBe(401);
    expect(res.body).toMatch(/invalid user name or password/);
  });

  it('unsupported scheme → 401', async () => {
    const res = await tenant.handle(request(HELLO, { headers: { Authorization: 'Digest abc' } }));
    expect(res.status).toBe(401);
  });
});

describe('token expiry on the simulated clock', () => {
  it('works until the validity ends, then 401 expired', async () => {
    const { tenant, clock, bearer } = await deployedHello();
    clock.now += 3599_000;
    expect((await tenant.handle(request(HELLO, { headers: bearer }))).status).toBe(200);
    clock.now += 1000;
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(401);
    expect(res.body).toMatch(/expired at 2026-01-01T01:00:00.000Z/);
    expect(res.headers['WWW-Authenticate']).toContain('token expired');
  });
});

describe('403: roles', () => {
  it('a valid identity without the role → 403 naming user and role', async () => {
    const { tenant, bearer } = await deployedHello();
    await tenant.unassignRole('oauth_client_apimconnectivity', 'ESBMessaging.send');
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(403);
    expect(res.body).toMatch(
      /user "oauth_client_apimconnectivity" does not have the role "ESBMessaging.send"/,
    );
  });

  it('a custom adapter role must be assigned; Basic users and client id/secret work', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(
      helloWorldFlow({ adapter: { userRole: 'Orders.write', csrfProtected: false } }),
    );
    await tenant.createUser('alice', 'pw');
    await tenant.assignRole('alice', 'ESBMessaging.send');
    const alice = { Authorization: basic('alice', 'pw') };
    expect((await tenant.handle(request(HELLO, { headers: alice }))).status).toBe(403);
    await tenant.assignRole('alice', 'Orders.write');
    expect((await tenant.handle(request(HELLO, { headers: alice }))).status).toBe(200);
    await tenant.createOAuthClient({ name: 'c', clientId: 'c', secret: 'cs' });
    await tenant.assignRole('oauth_client_c', 'Orders.write');
    expect(
      (await tenant.handle(request(HELLO, { headers: { Authorization: basic('c', 'cs') } })))
        .status,
    ).toBe(200);
  });
});

describe('client certificate authorization', () => {
  async function certTenant() {
    const { tenant } = testTenant();
    await tenant.deploy(
      helloWorldFlow({
        adapter: {
          authorization: 'ClientCertificate',
          clientCertificates: 'CN=partner, O=Acme\nCN=other',
          csrfProtected: false,
        },
      }),
    );
    await tenant.registerCertificate('CN=partner,O=Acme', 'partner');
    await tenant.registerCertificate('CN=stranger', 'stranger');
    return tenant;
  }

  it('an allowed registered subject → 200', async () => {
    const tenant = await certTenant();
    expect(
      (await tenant.handle(request(HELLO, { clientCertificate: 'cn=partner, o=acme' }))).status,
    ).toBe(200);
  });

  it('no certificate or an unregistered one → 401; registered but not allowed → 403', async () => {
    const tenant = await certTenant();
    expect((await tenant.handle(request(HELLO))).status).toBe(401);
    expect((await tenant.handle(request(HELLO, { clientCertificate: 'CN=other' }))).status).toBe(
      401,
    );
    const res = await tenant.handle(request(HELLO, { clientCertificate: 'CN=stranger' }));
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/not among the certificates allowed/);
  });

  it('a registered certificate also authenticates its user on User Role endpoints', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(helloWorldFlow({ adapter: { csrfProtected: false } }));
    await tenant.registerCertificate('CN=partner', 'partner');
    await tenant.assignRole('partner', 'ESBMessaging.send');
    expect((await tenant.handle(request(HELLO, { clientCertificate: 'CN=partner' }))).status).toBe(
      200,
    );
  });
});
