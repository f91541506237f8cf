import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { basic, helloWorldFlow, request } from '../core/tenant/testFixtures';
import { channelHub, testRuntime, uniqueDbName } from '../platform/tenant/testing';
import { createTenantStore } from './tenant/createTenantStore';
import { bodyText } from '../core/expression/bodyText';

function setUp() {
  const db = uniqueDbName('tenant-store');
  const hub = channelHub();
  const clock = { now: Date.UTC(2026, 0, 1) };
  const runtime = testRuntime(db, hub(), clock);
  let created = 0;
  const store = createTenantStore(async () => {
    created += 1;
    return runtime;
  });
  return { store, runtime, other: () => testRuntime(db, hub(), clock), created: () => created };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('tenantStore', () => {
  it('does not touch the tenant until loaded, then fills host, subscription and lists', async () => {
    const { store, created } = setUp();
    expect(created()).toBe(0);
    await store.getState().load();
    const s = store.getState();
    expect(s).toMatchObject({
      loaded: true,
      host: 'ifs-tenant.local',
      subscription: 'ifs-tenant-iflmap',
      tokenEndpointUrl: 'https://ifs-tenant.local/oauth/token',
      deployments: [],
    });
    expect(s.knownRoles.map((r) => r.name)).toEqual(['ESBMessaging.send', 'MonitoringDataRead']);
  });

  it('refreshes lists after deploy, client registration, role assignment and undeploy', async () => {
    const { store } = setUp();
    await store.getState().load();
    const deployed = await store.getState().deploy(helloWorldFlow());
    expect(deployed.ok).toBe(true);
    expect(store.getState().deployments.map((d) => d.flowId)).toEqual(['HelloWorld']);
    const client = await store
      .getState()
      .act((t) => t.createOAuthClient({ name: 'apimconnectivity', clientId: 'apimconnectivity' }));
    expect(client.ok).toBe(true);
    expect(store.getState().clients[0]?.userName).toBe('oauth_client_apimconnectivity');
    await store
      .getState()
      .act((t) => t.assignRole('oauth_client_apimconnectivity', 'ESBMessaging.send'));
    expect(store.getState().assignments).toEqual([
      { user: 'oauth_client_apimconnectivity', roles: ['ESBMessaging.send'] },
    ]);
    expect(await store.getState().undeploy('HelloWorld')).toBe(true);
    expect(store.getState().deployments).toEqual([]);
  });

  it('follows changes made by another context (e.g. a second tab)', async () => {
    const { store, other } = setUp();
    await store.getState().load();
    await other().tenant.createUser('alice', 'pw');
    await tick();
    await tick();
    expect(store.getState().users.map((u) => u.name)).toEqual(['alice']);
  });

  it('bumps logVersion when a call is logged, and advances the shared clock', async () => {
    const { store, runtime } = setUp();
    await store.getState().load();
    await store.getState().deploy(helloWorldFlow({ adapter: { csrfProtected: false } }));
    await store
      .getState()
      .act((t) => t.createOAuthClient({ name: 'c', clientId: 'c', secret: 's' }));
    await store.getState().act((t) => t.assignRole('oauth_client_c', 'ESBMessaging.send'));
    const tokenRes = await store.getState().handle(
      request('/oauth/token?grant_type=client_credentials', {
        headers: { Authorization: basic('c', 's') },
      }),
    );
    const auth = {
      Authorization: `Bearer ${(JSON.parse(bodyText(tokenRes.body)) as { access_token: string }).access_token}`,
    };
    const before = store.getState().logVersion;
    const res = await store.getState().handle(request('/http/v1/test/hello', { headers: auth }));
    expect(res.status).toBe(200);
    await tick();
    expect(store.getState().logVersion).toBeGreaterThan(before);

    await store.getState().advanceClock(61);
    expect(store.getState().clockOffsetMs).toBe(61 * 60_000);
    expect(
      (await store.getState().handle(request('/http/v1/test/hello', { headers: auth }))).status,
    ).toBe(401);
    expect((await runtime.storage.readMeta()).clockOffsetMs).toBe(61 * 60_000);
    await store.getState().resetClock();
    expect(store.getState().clockOffsetMs).toBe(0);
  });

  it('reports a tenant that cannot start and lets load be retried', async () => {
    let fail = true;
    const { runtime } = setUp();
    const store = createTenantStore(async () => {
      if (fail) throw new Error('IndexedDB is unavailable');
      return runtime;
    });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loaded: false, error: 'IndexedDB is unavailable' });
    fail = false;
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loaded: true, error: null });
  });
});
