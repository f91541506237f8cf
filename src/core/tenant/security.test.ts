import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './storage';
import { checkTypedSecret } from './validateSecurity';
import { basic, helloWorldFlow, request, testTenant } from './testFixtures';
import { bodyText } from '../expression/bodyText';

describe('OAuth clients', () => {
  it('creates a client with the walkthrough defaults and shows the secret once', async () => {
    const { tenant } = testTenant();
    const created = await tenant.createOAuthClient({
      name: 'apimconnectivity',
      clientId: 'apimconnectivity',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.secret.length).toBeGreaterThanOrEqual(24);
    expect(created.value.client).toMatchObject({
      name: 'apimconnectivity',
      clientId: 'apimconnectivity',
      subscription: 'ifs-tenant-iflmap',
      grantType: 'client_credentials',
      tokenValiditySec: 3600,
      userName: 'oauth_client_apimconnectivity',
    });
    expect(created.value.client.subscription).toMatch(/iflmap$/);
    const listed = await tenant.listOAuthClients();
    expect(JSON.stringify(listed)).not.toContain(created.value.secret);
    expect(listed[0]).not.toHaveProperty('secretHash');
  });

  it('keeps only a salted PBKDF2 hash of the secret in storage', async () => {
    const storage = createMemoryStorage();
    const { tenant } = testTenant({ storage });
    const secret = 'my-very-own-secret';
    await tenant.createOAuthClient({ name: 'c', clientId: 'c', secret });
    await tenant.createOAuthClient({ name: 'd', clientId: 'd', secret });
    const [c, d] = await storage.list<Record<string, unknown>>('oauthClients');
    expect(JSON.stringify(c)).not.toContain(secret);
    expect(c!.secretHash).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 1000 });
    // Same secret, different salt: the stored hashes differ.
    expect(c!.secretHash).not.toEqual(d!.secretHash);
  });

  it('rejects token validity outside 3600–86400 s, duplicate ids and bad ids', async () => {
    const { tenant } = testTenant();
    const low = await tenant.createOAuthClient({
      name: 'a',
      clientId: 'a',
      tokenValiditySec: 3599,
    });
    expect(!low.ok && low.errors).toEqual([
      {
        field: 'tokenValiditySec',
        message: 'Token validity must be a whole number of seconds from 3600 to 86400',
      },
    ]);
    expect(
      (await tenant.createOAuthClient({ name: 'a', clientId: 'a', tokenValiditySec: 86401 })).ok,
    ).toBe(false);
    expect(
      (await tenant.createOAuthClient({ name: 'a', clientId: 'a', tokenValiditySec: 86400 })).ok,
    ).toBe(true);
    const dup = await tenant.createOAuthClient({ name: 'a', clientId: 'a' });
    expect(!dup.ok && dup.errors[0]!.message).toBe('A client with ID "a" already exists');
    expect((await tenant.createOAuthClient({ name: 'b', clientId: 'has space' })).ok).toBe(false);
    expect((await tenant.createOAuthClient({ name: '', clientId: 'b' })).ok).toBe(false);
    const sub = await tenant.createOAuthClient({ name: 'b', clientId: 'b', subscription: 'other' });
    expect(!sub.ok && sub.errors[0]!.field).toBe('subscription');
  });

  it('updates name and validity but validates them', async () => {
    const { tenant } = testTenant();
    await tenant.createOAuthClient({ name: 'a', clientId: 'a' });
    const updated = await tenant.updateOAuthClient('a', {
      name: 'renamed',
      tokenValiditySec: 7200,
    });
    expect(updated.ok && updated.value).toMatchObject({ name: 'renamed', tokenValiditySec: 7200 });
    expect((await tenant.updateOAuthClient('a', { tokenValiditySec: 10 })).ok).toBe(false);
    expect((await tenant.updateOAuthClient('missing', { name: 'x' })).ok).toBe(false);
  });

  it('regenerating the secret rejects the old one and revokes its tokens', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(helloWorldFlow());
    await tenant.createOAuthClient({ name: 'a', clientId: 'a', secret: 'old' });
    await tenant.assignRole('oauth_client_a', 'ESBMessaging.send');
    const tokenRes = await tenant.handle(
      request('/oauth/token?grant_type=client_credentials', {
        headers: { Authorization: basic('a', 'old') },
      }),
    );
    const token = (JSON.parse(bodyText(tokenRes.body)) as { access_token: string }).access_token;
    const regenerated = await tenant.regenerateClientSecret('a');
    expect(regenerated.ok).toBe(true);
    if (!regenerated.ok) return;
    const oldSecret = await tenant.handle(
      request('/oauth/token?grant_type=client_credentials', {
        headers: { Authorization: basic('a', 'old') },
      }),
    );
    expect(oldSecret.status).toBe(401);
    const newSecret = await tenant.handle(
      request('/oauth/token?grant_type=client_credentials', {
        headers: { Authorization: basic('a', regenerated.value.secret) },
      }),
    );
    expect(newSecret.status).toBe(200);
    const call = await tenant.handle(
      request('/http/v1/test/hello', {
        method: 'GET',
        headers: { Authorization: `Bearer ${token}` },
      }),
    );
    expect(call.status).toBe(401);
  });

  it('deleting a client drops its role assignment and tokens', async () => {
    const { tenant } = testTenant();
    await tenant.createOAuthClient({ name: 'a', clientId: 'a', secret: 's' });
    await tenant.assignRole('oauth_client_a', 'ESBMessaging.send');
    expect(await tenant.deleteOAuthClient('a')).toBe(true);
    expect(await tenant.deleteOAuthClient('a')).toBe(false);
    expect(await tenant.listRoleAssignments()).toEqual([]);
    expect(await tenant.listOAuthClients()).toEqual([]);
  });
});

describe('users and certificates', () => {
  it('creates users with hashed passwords, refuses reserved and duplicate names', async () => {
    const storage = createMemoryStorage();
    const { tenant } = testTenant({ storage });
    expect((await tenant.createUser('alice', 'pw-alice')).ok).toBe(true);
    expect(JSON.stringify(await storage.list('users'))).not.toContain('pw-alice');
    expect((await tenant.createUser('alice', 'x')).ok).toBe(false);
    expect((await tenant.createUser('oauth_client_x', 'x')).ok).toBe(false);
    expect((await tenant.createUser('bob', '')).ok).toBe(false);
    expect((await tenant.listUsers()).map((u) => u.name)).toEqual(['alice']);
    expect((await tenant.setUserPassword('alice', 'new')).ok).toBe(true);
    expect(await tenant.deleteUser('alice')).toBe(true);
  });

  it('registers certificate subjects mapped to users, matching DNs loosely', async () => {
    const { tenant } = testTenant();
    expect((await tenant.registerCertificate('CN=client, O=Acme', 'certuser')).ok).toBe(true);
    expect((await tenant.registerCertificate('no equals sign', 'u')).ok).toBe(false);
    expect(await tenant.listCertificates()).toMatchObject([
      { subject: 'CN=client, O=Acme', user: 'certuser' },
    ]);
    expect(await tenant.deleteCertificate('cn=client,o=acme')).toBe(true);
  });
});

describe('roles', () => {
  it('assigns roles only to known users and lists them', async () => {
    const { tenant } = testTenant();
    const unknown = await tenant.assignRole('oauth_client_nobody', 'ESBMessaging.send');
    expect(!unknown.ok && unknown.errors[0]!.field).toBe('user');
    await tenant.createUser('alice', 'pw');
    expect((await tenant.assignRole('alice', 'ESBMessaging.send')).ok).toBe(true);
    expect((await tenant.assignRole('alice', 'ESBMessaging.send')).ok).toBe(true);
    expect((await tenant.assignRole('alice', 'bad role')).ok).toBe(false);
    expect(await tenant.rolesOf('alice')).toEqual(['ESBMessaging.send']);
    await tenant.unassignRole('alice', 'ESBMessaging.send');
    expect(await tenant.rolesOf('alice')).toEqual([]);
  });

  it('knows ESBMessaging.send plus every custom role of a deployed HTTPS adapter', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(helloWorldFlow());
    await tenant.deploy(
      helloWorldFlow({
        id: 'Orders',
        name: 'Orders',
        address: '/orders',
        adapter: { userRole: 'Orders.write' },
      }),
    );
    await tenant.deploy(
      helloWorldFlow({
        id: 'Cert',
        name: 'Cert',
        address: '/cert',
        adapter: {
          authorization: 'ClientCertificate',
          userRole: 'Ignored.role',
          clientCertificates: 'CN=x',
        },
      }),
    );
    expect(await tenant.listKnownRoles()).toEqual([
      { name: 'ESBMessaging.send', source: 'builtin', flows: ['Hello World'] },
      { name: 'MonitoringDataRead', source: 'builtin', flows: [] },
      { name: 'Orders.write', source: 'adapter', flows: ['Orders'] },
    ]);
  });
});

describe('a typed client secret', () => {
  it('needs 8 characters; empty means generated', () => {
    expect(checkTypedSecret('')).toEqual([]);
    expect(checkTypedSecret('12345678')).toEqual([]);
    expect(checkTypedSecret('x')).toEqual([
      {
        field: 'secret',
        message: 'Secret must have at least 8 characters, or leave it empty to generate one',
      },
    ]);
    expect(checkTypedSecret('y'.repeat(257))[0]?.message).toBe(
      'Secret must be at most 256 characters',
    );
  });
});
