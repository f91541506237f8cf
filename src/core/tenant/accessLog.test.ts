import { describe, expect, it } from 'vitest';
import { rejectionReason } from './accessLog';
import { TENANT_PLACES } from './places';
import { basic, helloWorldFlow, request, testTenant, walkthroughToken } from './testFixtures';

const HELLO = '/http/v1/test/hello';

async function deployed() {
  const { tenant, clock } = testTenant();
  await tenant.deploy(helloWorldFlow());
  const token = await walkthroughToken(tenant);
  return { tenant, clock, token };
}

describe('rejected calls (Monitor → Rejected Calls)', () => {
  it('lists each refusal with status, reason, time, method, path and caller', async () => {
    const { tenant, clock, token } = await deployed();
    const bearer = { Authorization: `Bearer ${token}` };
    clock.now += 1000;
    await tenant.handle(request(HELLO)); // 401: no credentials
    clock.now += 1000;
    await tenant.handle(request(HELLO, { headers: bearer })); // 403: CSRF
    clock.now += 1000;
    await tenant.handle(request('/http/nowhere', { headers: bearer })); // 404
    clock.now += 1000;
    await tenant.handle(
      request('/oauth/token?grant_type=client_credentials', {
        headers: { Authorization: basic('apimconnectivity', 'wrong') },
      }),
    ); // 401 at the token endpoint

    const calls = await tenant.listRejectedCalls();
    expect(calls.map((c) => [c.status, c.method, c.path])).toEqual([
      [401, 'POST', '/oauth/token'],
      [404, 'POST', '/http/nowhere'],
      [403, 'POST', HELLO],
      [401, 'POST', HELLO],
    ]);
    const [tokenCall, unknown, csrf, anonymous] = calls;
    expect(tokenCall).toMatchObject({
      caller: 'apimconnectivity',
      callerVerified: false,
      at: Date.UTC(2026, 0, 1) + 4000,
    });
    expect(tokenCall!.reason).toMatch(/^invalid_client: Bad client credentials/);
    expect(unknown).toMatchObject({
      caller: 'oauth_client_apimconnectivity',
      callerVerified: true,
    });
    expect(unknown!.reason).toContain('no deployed integration flow serves the address');
    expect(csrf).toMatchObject({
      caller: 'oauth_client_apimconnectivity',
      callerVerified: true,
      flowId: 'HelloWorld',
      flowName: 'Hello World',
    });
    expect(csrf!.reason).toMatch(/^CSRF token validation failed/);
    expect(anonymous).not.toHaveProperty('caller');
    expect(anonymous!.reason).toMatch(/^no credentials sent/);
  });

  it('names the caller of a missing role and of an expired token; 413 too', async () => {
    const { tenant, clock, token } = await deployed();
    const flow = helloWorldFlow({ adapter: { csrfProtected: false, maxBodySizeMb: 1 } });
    await tenant.deploy(flow);
    const bearer = { Authorization: `Bearer ${token}` };
    await tenant.handle(request(HELLO, { headers: bearer, body: 'x'.repeat(1024 * 1024 + 1) }));
    await tenant.unassignRole('oauth_client_apimconnectivity', 'ESBMessaging.send');
    const forbidden = await tenant.handle(request(HELLO, { headers: bearer }));
    clock.now += 2 * 3600_000;
    await tenant.handle(request(HELLO, { headers: bearer }));
    const [expired, role, tooLarge] = await tenant.listRejectedCalls();
    expect(tooLarge).toMatchObject({ status: 413, caller: 'oauth_client_apimconnectivity' });
    expect(role).toMatchObject({ status: 403, caller: 'oauth_client_apimconnectivity' });
    expect(expired).toMatchObject({ status: 401, caller: 'oauth_client_apimconnectivity' });
    expect(expired!.reason).toContain('expired');
    // The 403 names the place in the app where roles are assigned, as the UI heads it.
    expect(forbidden.body).toContain(`Security → ${TENANT_PLACES.roles}`);
  });

  it('successful and failed runs are not rejected calls; the log is capped', async () => {
    const { tenant } = testTenant({ accessLogCap: 3 });
    await tenant.deploy(helloWorldFlow({ adapter: { csrfProtected: false } }));
    const token = await walkthroughToken(tenant);
    const ok = await tenant.handle(
      request(HELLO, { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(ok.status).toBe(200);
    expect(await tenant.listRejectedCalls()).toEqual([]);
    for (let i = 0; i < 5; i++) await tenant.handle(request(`/http/none/${i}`));
    const calls = await tenant.listRejectedCalls();
    expect(calls.map((c) => c.path)).toEqual(['/http/none/4', '/http/none/3', '/http/none/2']);
    await tenant.clearRejectedCalls();
    expect(await tenant.listRejectedCalls()).toEqual([]);
  });

  it('reads the reason from text and OAuth JSON answers', () => {
    const text = (status: number, body: string) => ({ status, headers: {}, body });
    expect(rejectionReason(text(404, '404 Not Found: nothing here.\nmore'))).toBe('nothing here.');
    expect(rejectionReason(text(400, '{"error":"invalid_request","error_description":"x"}'))).toBe(
      'invalid_request: x',
    );
    expect(rejectionReason(text(405, ''))).toBe('HTTP 405');
  });
});
