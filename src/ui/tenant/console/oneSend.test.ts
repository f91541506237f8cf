import { describe, expect, it } from 'vitest';
import { helloWorldFlow, testTenant } from '../../../core/tenant/testFixtures';
import {
  csrfFetchRequest,
  csrfTokenOf,
  emptyForm,
  endpointFor,
  forHistory,
  needsCsrfFetch,
  withCsrf,
} from './consoleModel';
import { clientFor } from './prepareForm';

async function deployed(csrfProtected = true) {
  const { tenant } = testTenant();
  const result = await tenant.deploy(helloWorldFlow({ adapter: { csrfProtected } }));
  if (!result.ok) throw new Error(result.message);
  return { tenant, deployments: await tenant.listDeployments() };
}

describe('one Send in the test console', () => {
  it('finds the deployed endpoint a path reaches', async () => {
    const { deployments } = await deployed();
    expect(endpointFor('/http/v1/test/hello?x=1', deployments)?.address).toBe('/v1/test/hello');
    expect(endpointFor('/http/v1/other', deployments)).toBeUndefined();
    expect(endpointFor('/oauth/token', deployments)).toBeUndefined();
  });

  it('fetches a CSRF token first only for a modifying call to a protected endpoint', async () => {
    const protectedOne = endpointFor('/http/v1/test/hello', (await deployed(true)).deployments);
    const open = endpointFor('/http/v1/test/hello', (await deployed(false)).deployments);
    const post = { ...emptyForm(), method: 'POST' };
    expect(needsCsrfFetch(post, protectedOne)).toBe(true);
    expect(needsCsrfFetch(post, open)).toBe(false);
    expect(needsCsrfFetch({ ...post, method: 'GET' }, protectedOne)).toBe(false);
    expect(needsCsrfFetch({ ...post, autoCsrf: false }, protectedOne)).toBe(false);
    const own = { ...post, headers: [{ name: 'x-csrf-token', value: 'abc', enabled: true }] };
    expect(needsCsrfFetch(own, protectedOne)).toBe(false);
    expect(
      needsCsrfFetch({ ...own, headers: [{ ...own.headers[0]!, enabled: false }] }, protectedOne),
    ).toBe(true);
  });

  it('the CSRF fetch is a GET under the same identity; the token goes into the request', () => {
    const req = {
      method: 'POST',
      url: '/http/v1/test/hello',
      headers: { Authorization: 'Bearer t', 'x-csrf-token': 'old' },
      body: 'hi',
    };
    expect(csrfFetchRequest(req)).toEqual({
      method: 'GET',
      url: '/http/v1/test/hello',
      headers: { Authorization: 'Bearer t', 'X-CSRF-Token': 'Fetch' },
      body: '',
    });
    expect(withCsrf(req, 'tok').headers).toEqual({
      Authorization: 'Bearer t',
      'X-CSRF-Token': 'tok',
    });
    expect(csrfTokenOf({ 'x-csrf-token': 'abc' })).toBe('abc');
    expect(csrfTokenOf({ 'X-CSRF-Token': 'Required' })).toBeUndefined();
  });

  it('the history keeps no credential header values', () => {
    const kept = forHistory({
      ...emptyForm(),
      headers: [
        { name: 'Authorization', value: 'Bearer x', enabled: true },
        { name: 'X-CSRF-Token', value: 'tok', enabled: true },
        { name: 'Cookie', value: 'a=b', enabled: true },
        { name: 'X-Order', value: '7', enabled: true },
      ],
    });
    expect(kept.headers.map((h) => h.value)).toEqual(['', '', '', '7']);
  });

  it('preselects the registered client that holds the endpoint role', async () => {
    const { tenant, deployments } = await deployed();
    const endpoint = deployments[0]!.endpoints[0]!;
    for (const id of ['first', 'sender'])
      await tenant.createOAuthClient({ name: id, clientId: id, secret: 'secret-1234' });
    await tenant.assignRole('oauth_client_sender', 'ESBMessaging.send');
    const clients = await tenant.listOAuthClients();
    const assignments = await tenant.listRoleAssignments();
    expect(clientFor(endpoint, clients, assignments)?.clientId).toBe('sender');
    expect(clientFor(endpoint, clients, [])?.clientId).toBe('first');
    expect(clientFor(endpoint, [], [])).toBeUndefined();
  });
});
