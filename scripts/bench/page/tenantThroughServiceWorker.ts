// Requests per second through the app's Service Worker tenant: deploy Hello World, register
// the walkthrough's OAuth client and role with the app's own tenant runtime (same IndexedDB as
// the worker), then time fetches with a Bearer token from this page.
import { getBrowserTenant } from '../../../src/platform/tenant/browserTenant';
import { helloWorldFlow } from '../../../src/core/tenant/testFixtures';

export interface SwTenantResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  meanMs: number;
  p95Ms: number;
}

/** The app's root (this page lives in <app>/bench/). */
const appUrl = (path: string) => new URL(`../${path}`, location.href).href;

async function controlledBySw(): Promise<void> {
  if (!('serviceWorker' in navigator)) throw new Error('no Service Worker support');
  const head = await fetch(appUrl('sw.js'), { method: 'HEAD' });
  if (!head.ok) throw new Error(`the build has no sw.js (${head.status})`);
  await navigator.serviceWorker.register(appUrl('sw.js'), { scope: appUrl('') });
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return;
  // The worker claims open clients on activate; wait for it (bounded).
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Service Worker never took control')), 10_000);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function tenantThroughServiceWorker(
  options: { budgetMs?: number; maxRequests?: number } = {},
): Promise<SwTenantResult> {
  await controlledBySw();
  const { tenant } = await getBrowserTenant();
  const deployed = await tenant.deploy(helloWorldFlow());
  if (!deployed.ok) throw new Error(`deploy refused: ${deployed.message}`);
  const clientId = `bench${Date.now().toString(36)}`;
  const created = await tenant.createOAuthClient({ name: clientId, clientId });
  if (!created.ok) throw new Error(`client refused: ${JSON.stringify(created.errors)}`);
  await tenant.assignRole(`oauth_client_${clientId}`, 'ESBMessaging.send');

  const tokenRes = await fetch(appUrl('oauth/token?grant_type=client_credentials'), {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${clientId}:${created.value.secret}`)}` },
  });
  if (!tokenRes.ok) throw new Error(`token endpoint answered ${tokenRes.status}`);
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${access_token}` };
  const url = appUrl('http/v1/test/hello');
  const csrf = await fetch(url, { headers: { ...auth, 'X-CSRF-Token': 'Fetch' } });
  const headers = { ...auth, 'X-CSRF-Token': csrf.headers.get('X-CSRF-Token') ?? '' };

  const call = async () => {
    const res = await fetch(url, { method: 'POST', headers, body: 'ping' });
    const text = await res.text();
    if (res.status !== 200 || text !== 'Hello world from IFlow')
      throw new Error(`unexpected answer ${res.status}: ${text.slice(0, 120)}`);
  };
  for (let i = 0; i < 30; i++) await call();
  const budgetMs = options.budgetMs ?? 3000;
  const max = options.maxRequests ?? 2000;
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < max && performance.now() - t0 < budgetMs) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    seconds,
    requestsPerSecond: times.length / seconds,
    meanMs: (seconds * 1000) / times.length,
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0,
  };
}
