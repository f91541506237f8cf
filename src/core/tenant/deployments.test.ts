import { describe, expect, it } from 'vitest';
import { validateFlow } from '../validation';
import { createMemoryStorage } from './storage';
import { helloWorldFlow, request, testTenant } from './testFixtures';

describe('deploy', () => {
  it('refuses a flow with validation errors and returns the problems', async () => {
    const { tenant } = testTenant({ validate: validateFlow });
    const flow = helloWorldFlow();
    flow.process.steps[2]!.config = { scriptFile: '', functionName: '' };
    const result = await tenant.deploy(flow);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('validation');
    expect(result.message).toMatch(/refused: 1 validation error/);
    expect(result.problems[0]).toMatchObject({ elementId: 'Script_1', field: 'scriptFile' });
    expect(await tenant.listDeployments()).toEqual([]);
  });

  it('refuses an invalid HTTPS address even when validation is lenient', async () => {
    const { tenant } = testTenant();
    const result = await tenant.deploy(helloWorldFlow({ address: 'no-slash' }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ elementKind: 'messageFlow', field: 'address' });
  });

  it('reports an empty address once though validation and the adapter check both see it', async () => {
    const { tenant } = testTenant({ validate: validateFlow });
    const result = await tenant.deploy(helloWorldFlow({ address: '' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/refused: 1 validation error$/);
    expect(result.problems).toEqual([
      expect.objectContaining({
        elementId: 'MessageFlow_1',
        field: 'address',
        message: 'HTTPS adapter (Sender → Start): Address is required',
      }),
    ]);
  });

  it('stores a snapshot with endpoint URL, status Started and deployedAt', async () => {
    const { tenant, clock } = testTenant({ validate: validateFlow });
    const flow = helloWorldFlow();
    const result = await tenant.deploy(flow);
    expect(result.ok).toBe(true);
    flow.name = 'edited after deploy';
    const [d] = await tenant.listDeployments();
    expect(d).toMatchObject({
      flowId: 'HelloWorld',
      flowName: 'Hello World',
      status: 'Started',
      deployedAt: clock.now,
      version: 1,
    });
    expect(d!.snapshot.name).toBe('Hello World');
    expect(d!.endpoints.map((e) => e.url)).toEqual(['https://ifs-tenant.local/http/v1/test/hello']);
    expect(d!.contentHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('uses the configured host in endpoint URLs', async () => {
    const { tenant } = testTenant({ host: 'acme.example' });
    await tenant.deploy(helloWorldFlow());
    expect((await tenant.getDeployment('HelloWorld'))!.endpoints[0]!.url).toBe(
      'https://acme.example/http/v1/test/hello',
    );
    expect(tenant.tokenEndpointUrl()).toBe('https://acme.example/oauth/token');
  });

  it('reports modified since deployment until redeployed, and redeploy replaces', async () => {
    const { tenant, clock } = testTenant();
    const flow = helloWorldFlow();
    expect(await tenant.isModifiedSinceDeployment(flow)).toBe(false);
    await tenant.deploy(flow);
    expect(await tenant.isModifiedSinceDeployment(structuredClone(flow))).toBe(false);
    const moved = structuredClone(flow);
    moved.process.steps[0]!.position.x += 10;
    expect(await tenant.isModifiedSinceDeployment(moved)).toBe(true);
    clock.now += 5000;
    const again = await tenant.deploy(moved);
    expect(again.ok && again.deployment).toMatchObject({ version: 2, deployedAt: clock.now });
    expect(await tenant.isModifiedSinceDeployment(moved)).toBe(false);
    expect(await tenant.listDeployments()).toHaveLength(1);
  });

  it('refuses a second flow on the same address, ignoring case', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(helloWorldFlow());
    const other = await tenant.deploy(
      helloWorldFlow({ id: 'Other', name: 'Other', address: '/V1/TEST/Hello' }),
    );
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.reason).toBe('addressConflict');
      expect(other.message).toBe(
        'Address "/V1/TEST/Hello" is already served by deployed flow "Hello World" (address "/v1/test/hello")',
      );
    }
  });

  it('refuses wildcard overlaps both ways, allows disjoint addresses', async () => {
    const { tenant } = testTenant();
    expect((await tenant.deploy(helloWorldFlow({ id: 'A', address: '/a/*' }))).ok).toBe(true);
    expect((await tenant.deploy(helloWorldFlow({ id: 'B', address: '/a/b' }))).ok).toBe(false);
    expect((await tenant.deploy(helloWorldFlow({ id: 'C', address: '/A/*' }))).ok).toBe(false);
    expect((await tenant.deploy(helloWorldFlow({ id: 'D', address: '/a' }))).ok).toBe(true);
    expect((await tenant.deploy(helloWorldFlow({ id: 'E', address: '/b/*' }))).ok).toBe(true);
    // Redeploying the same flow never conflicts with itself.
    expect((await tenant.deploy(helloWorldFlow({ id: 'A', address: '/a/*' }))).ok).toBe(true);
  });

  it('serializes concurrent deploys so only one flow gets an address', async () => {
    const { tenant } = testTenant();
    const results = await Promise.all([
      tenant.deploy(helloWorldFlow({ id: 'X' })),
      tenant.deploy(helloWorldFlow({ id: 'Y' })),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('undeploys, freeing the address', async () => {
    const { tenant } = testTenant();
    await tenant.deploy(helloWorldFlow());
    expect(await tenant.undeploy('HelloWorld')).toBe(true);
    expect(await tenant.undeploy('HelloWorld')).toBe(false);
    expect((await tenant.deploy(helloWorldFlow({ id: 'Other' }))).ok).toBe(true);
  });

  it('puts the deployment in Error when the runtime check fails', async () => {
    const { tenant } = testTenant({
      runtimeCheck: async () => 'script1.js: SyntaxError at line 2',
    });
    const result = await tenant.deploy(helloWorldFlow());
    expect(result.ok && result.deployment).toMatchObject({
      status: 'Error',
      error: 'script1.js: SyntaxError at line 2',
    });
  });

  it('survives a new tenant on the same storage', async () => {
    const storage = createMemoryStorage();
    const first = testTenant({ storage }).tenant;
    await first.deploy(helloWorldFlow());
    const second = testTenant({ storage }).tenant;
    expect((await second.listDeployments()).map((d) => d.flowId)).toEqual(['HelloWorld']);
  });

  it('sees deployments made by another instance on deploy, and on requests after invalidateCaches', async () => {
    const storage = createMemoryStorage();
    const tab = testTenant({ storage }).tenant;
    const worker = testTenant({ storage }).tenant;
    expect(await worker.listDeployments()).toEqual([]);
    await tab.deploy(helloWorldFlow({ adapter: { csrfProtected: false } }));
    expect((await worker.deploy(helloWorldFlow({ id: 'Other' }))).ok).toBe(false);
    const other = testTenant({ storage }).tenant;
    const cached = await other.handle(request('/http/v1/test/hello'));
    expect(cached.status).toBe(401);
    await tab.undeploy('HelloWorld');
    expect((await other.handle(request('/http/v1/test/hello'))).status).toBe(401);
    other.invalidateCaches();
    expect((await other.handle(request('/http/v1/test/hello'))).status).toBe(404);
  });
});
