import { describe, expect, it } from 'vitest';
import { basic, deployedHello, request } from './testFixtures';

const HELLO = '/http/v1/test/hello';

describe('CSRF', () => {
  it('modifying request without a token → 403 X-CSRF-Token: Required', async () => {
    const { tenant, bearer } = await deployedHello({ csrf: true });
    const res = await tenant.handle(request(HELLO, { headers: bearer }));
    expect(res.status).toBe(403);
    expect(res.headers['X-CSRF-Token']).toBe('Required');
    expect(res.body).toMatch(/CSRF token validation failed/);
    const wrong = await tenant.handle(
      request(HELLO, { headers: { ...bearer, 'X-CSRF-Token': 'guess' } }),
    );
    expect(wrong.status).toBe(403);
  });

  it('GET with X-CSRF-Token: Fetch returns a token that then lets a POST through', async () => {
    const { tenant, bearer } = await deployedHello({ csrf: true });
    const fetched = await tenant.handle(
      request(HELLO, { method: 'GET', headers: { ...bearer, 'x-csrf-token': 'Fetch' } }),
    );
    expect(fetched.status).toBe(200);
    const token = fetched.headers['X-CSRF-Token']!;
    expect(token).toMatch(/^[\w-]{20,}$/);
    const again = await tenant.handle(
      request(HELLO, { method: 'HEAD', headers: { ...bearer, 'X-CSRF-Token': 'fetch' } }),
    );
    expect(again.headers['X-CSRF-Token']).toBe(token);
    expect(again.body).toBe('');
    const post = await tenant.handle(
      request(HELLO, { headers: { ...bearer, 'X-CSRF-Token': token } }),
    );
    expect(post.status).toBe(200);
  });

  it('a token belongs to the identity that fetched it', async () => {
    const { tenant, bearer } = await deployedHello({ csrf: true });
    await tenant.createUser('alice', 'pw');
    await tenant.assignRole('alice', 'ESBMessaging.send');
    const alice = { Authorization: basic('alice', 'pw') };
    const fetched = await tenant.handle(
      request(HELLO, { method: 'GET', headers: { ...alice, 'X-CSRF-Token': 'Fetch' } }),
    );
    const res = await tenant.handle(
      request(HELLO, { headers: { ...bearer, 'X-CSRF-Token': fetched.headers['X-CSRF-Token']! } }),
    );
    expect(res.status).toBe(403);
  });

  it('GET needs no token; unprotected endpoints never check', async () => {
    const { tenant, bearer } = await deployedHello({ csrf: true });
    expect((await tenant.handle(request(HELLO, { method: 'GET', headers: bearer }))).status).toBe(
      200,
    );
    const open = await deployedHello({ csrf: false });
    expect((await open.tenant.handle(request(HELLO, { headers: open.bearer }))).status).toBe(200);
  });
});
