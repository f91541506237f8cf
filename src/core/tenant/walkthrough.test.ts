import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import type { ScriptRunner } from '../script/types';
import { validateFlow } from '../validation';
import { createEngineExecutor } from './engineExecutor';
import { createMemoryStorage } from './storage';
import { createTenant } from './tenant';
import { basic, fakeExecutor, helloWorldFlow, request } from './testFixtures';
import type { FlowExecutor } from './types';
import { bodyText } from '../expression/bodyText';

/** The walkthrough, parts 1 (deploy) and 2 (OAuth client, role, token, call). */
async function walkthrough(execute: FlowExecutor) {
  const tenant = createTenant({
    storage: createMemoryStorage(),
    execute,
    validate: validateFlow,
    now: () => Date.UTC(2026, 0, 1),
    hashIterations: 1000,
  });
  const deployed = await tenant.deploy(helloWorldFlow());
  expect(deployed.ok && deployed.deployment.endpoints[0]!.url).toBe(
    'https://ifs-tenant.local/http/v1/test/hello',
  );

  const client = await tenant.createOAuthClient({
    name: 'apimconnectivity',
    clientId: 'apimconnectivity',
  });
  if (!client.ok) throw new Error('client not created');
  expect(client.value.client.subscription).toMatch(/iflmap$/);
  expect(client.value.client.tokenValiditySec).toBe(3600);
  expect((await tenant.assignRole('oauth_client_apimconnectivity', 'ESBMessaging.send')).ok).toBe(
    true,
  );

  const tokenUrl = `${tenant.tokenEndpointUrl()}?grant_type=client_credentials`;
  const tokenRes = await tenant.handle(
    request(tokenUrl, {
      headers: { Authorization: basic('apimconnectivity', client.value.secret) },
    }),
  );
  expect(tokenRes.status).toBe(200);
  const { access_token } = JSON.parse(bodyText(tokenRes.body)) as { access_token: string };

  // The adapter is CSRF protected by default: fetch a token first, as Postman users do.
  const auth = { Authorization: `Bearer ${access_token}` };
  const fetched = await tenant.handle(
    request('https://ifs-tenant.local/http/v1/test/hello', {
      method: 'GET',
      headers: { ...auth, 'X-CSRF-Token': 'Fetch' },
    }),
  );
  const res = await tenant.handle(
    request('https://ifs-tenant.local/http/v1/test/hello', {
      headers: { ...auth, 'X-CSRF-Token': fetched.headers['X-CSRF-Token']! },
      body: 'anything',
    }),
  );
  return { tenant, res };
}

describe('walkthrough end to end', () => {
  it('with a fake executor: 200 "Hello world from IFlow"', async () => {
    const { res } = await walkthrough(fakeExecutor());
    expect(res.status).toBe(200);
    expect(res.body).toBe('Hello world from IFlow');
  });

  it('with the real engine (script runner stubbed): 200 and a Completed log entry', async () => {
    const sources: string[] = [];
    const runScript: ScriptRunner = async (o) => {
      sources.push(o.source);
      return {
        message: { ...o.message, body: 'Hello world from IFlow' },
        logs: [],
        messageLog: { properties: {}, attachments: [] },
        durationMs: 0,
      };
    };
    const { tenant, res } = await walkthrough(
      createEngineExecutor(runFlow, requestToMessage, runScript),
    );
    expect([res.status, res.body]).toEqual([200, 'Hello world from IFlow']);
    expect(sources[0]).toContain('message.setBody("Hello world from IFlow")');
    const [entry] = await tenant.queryMessageLog();
    expect(entry).toMatchObject({ status: 'Completed', httpStatus: 200 });
  });

  it('with the real engine and the QuickJS script runner', async () => {
    const { res } = await walkthrough(createEngineExecutor(runFlow, requestToMessage, runScript));
    expect([res.status, res.body]).toEqual([200, 'Hello world from IFlow']);
  });
});
