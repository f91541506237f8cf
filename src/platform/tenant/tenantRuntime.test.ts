import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { basic, helloWorldFlow, request } from '../../core/tenant/testFixtures';
import { channelHub, testRuntime, uniqueDbName } from './testing';
import { bodyText } from '../../core/expression/bodyText';

const hello = (headers: Record<string, string>) =>
  request('https://ifs-tenant.local/http/v1/test/hello', { headers, body: 'x' });

/** The page and the Service Worker: two runtimes over one database and one channel hub. */
function pageAndWorker() {
  const db = uniqueDbName();
  const hub = channelHub();
  const clock = { now: Date.UTC(2026, 0, 1) };
  return {
    page: testRuntime(db, hub(), clock),
    worker: testRuntime(db, hub(), clock),
    /** A context started later, which heard none of the notices. */
    later: () => testRuntime(db, channelHub()(), clock),
  };
}

async function setUp(page: ReturnType<typeof testRuntime>) {
  const flow = helloWorldFlow({ adapter: { csrfProtected: false } });
  expect((await page.tenant.deploy(flow)).ok).toBe(true);
  await page.tenant.createOAuthClient({ name: 'c', clientId: 'c', secret: 's' });
  await page.tenant.assignRole('oauth_client_c', 'ESBMessaging.send');
  return flow;
}

async function token(rt: ReturnType<typeof testRuntime>): Promise<string> {
  const res = await rt.handle(
    request('/oauth/token?grant_type=client_credentials', {
      headers: { Authorization: basic('c', 's') },
    }),
  );
  return (JSON.parse(bodyText(res.body)) as { access_token: string }).access_token;
}

describe('tenant runtime shared by page and Service Worker', () => {
  it('serves what the other context deployed, and stops after it undeploys', async () => {
    const { page, worker } = pageAndWorker();
    // The worker has routed once before the deployment (its cache is warm and empty).
    expect((await worker.handle(hello({}))).status).toBe(404);
    const flow = await setUp(page);
    const auth = { Authorization: `Bearer ${await token(worker)}` };
    const res = await worker.handle(hello(auth));
    expect([res.status, res.body]).toEqual([200, 'Hello world from IFlow']);
    await page.tenant.undeploy(flow.id);
    expect((await worker.handle(hello(auth))).status).toBe(404);
  });

  it('shares the simulated clock: advancing it in the page expires tokens in the worker', async () => {
    const { page, worker, later } = pageAndWorker();
    await setUp(page);
    const auth = { Authorization: `Bearer ${await token(page)}` };
    expect((await worker.handle(hello(auth))).status).toBe(200);
    await page.setClockOffset(61 * 60_000);
    expect(worker.clockOffsetMs()).toBe(61 * 60_000);
    const res = await worker.handle(hello(auth));
    expect(res.status).toBe(401);
    // A context started later reads the offset from storage before its first request.
    const late = later();
    expect((await late.handle(hello(auth))).status).toBe(401);
    expect(late.clockOffsetMs()).toBe(61 * 60_000);
  });

  it('announces changes to local listeners and to the other context', async () => {
    const { page, worker } = pageAndWorker();
    const seen: string[][] = [];
    worker.onChange((n) => n.type === 'changed' && seen.push(n.collections));
    await setUp(page);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.flat()).toEqual(
      expect.arrayContaining(['deployments', 'oauthClients', 'roleAssignments']),
    );
  });
});
