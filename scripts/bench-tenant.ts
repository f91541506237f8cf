/**
 * Requests per second through the simulated tenant for the walkthrough's Hello World flow with
 * OAuth: every request carries a bearer token (token check, role check, CSRF check) and runs
 * the flow. `npx tsx scripts/bench-tenant.ts` prints the result; `benchTenant` is reused by
 * the combined `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { requestToMessage, runFlow } from '../src/core/engine';
import { runScript } from '../src/core/script';
import { createEngineExecutor } from '../src/core/tenant/engineExecutor';
import { createMemoryStorage } from '../src/core/tenant/storage';
import { createTenant } from '../src/core/tenant/tenant';
import { basic, helloWorldFlow, request } from '../src/core/tenant/testFixtures';
import type { FlowExecutor } from '../src/core/tenant/types';
import { validateFlow } from '../src/core/validation';
import { bodyText } from '../src/core/expression/bodyText';

export interface TenantBenchResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Mean time of one request, ms. */
  meanMs: number;
}

export async function benchTenant(
  execute: FlowExecutor,
  options: { requests?: number; warmup?: number } = {},
): Promise<TenantBenchResult> {
  const requests = options.requests ?? 2000;
  const tenant = createTenant({ storage: createMemoryStorage(), execute, validate: validateFlow });
  const deployed = await tenant.deploy(helloWorldFlow());
  if (!deployed.ok) throw new Error(deployed.message);
  const created = await tenant.createOAuthClient({
    name: 'apimconnectivity',
    clientId: 'apimconnectivity',
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await tenant.assignRole('oauth_client_apimconnectivity', 'ESBMessaging.send');
  const tokenRes = await tenant.handle(
    request('/oauth/token?grant_type=client_credentials', {
      headers: { Authorization: basic('apimconnectivity', created.value.secret) },
    }),
  );
  const auth = {
    Authorization: `Bearer ${(JSON.parse(bodyText(tokenRes.body)) as { access_token: string }).access_token}`,
  };
  const fetched = await tenant.handle(
    request('/http/v1/test/hello', {
      method: 'GET',
      headers: { ...auth, 'X-CSRF-Token': 'Fetch' },
    }),
  );
  const headers = { ...auth, 'X-CSRF-Token': fetched.headers['X-CSRF-Token'] ?? '' };
  const call = async () => {
    const res = await tenant.handle(request('/http/v1/test/hello', { headers, body: 'ping' }));
    if (res.status !== 200 || res.body !== 'Hello world from IFlow')
      throw new Error(`Unexpected answer ${res.status}: ${res.body}`);
  };
  for (let i = 0; i < (options.warmup ?? 200); i++) await call();
  const t0 = performance.now();
  for (let i = 0; i < requests; i++) await call();
  const seconds = (performance.now() - t0) / 1000;
  return {
    requests,
    seconds,
    requestsPerSecond: requests / seconds,
    meanMs: (seconds * 1000) / requests,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchTenant(createEngineExecutor(runFlow, requestToMessage, runScript));
  console.log(
    `tenant (Node, engine + QuickJS runScript): ` +
      `${result.requestsPerSecond.toFixed(0)} req/s, ${result.meanMs.toFixed(3)} ms/request over ${result.requests} requests`,
  );
}
