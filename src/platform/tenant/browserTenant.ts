import type { ScriptRunner } from '../../core/script/types';
import type { TenantRuntime } from './tenantRuntime';

let runtime: Promise<TenantRuntime> | null = null;

/**
 * The page's tenant, created on first use so nothing tenant-related is in the initial bundle.
 * Scripts run in the sandbox worker, off the main thread.
 */
export function getBrowserTenant(): Promise<TenantRuntime> {
  return (runtime ??= (async () => {
    const [{ createTenantRuntime }, { createIdbTenantStorage }, { createTenantChannel }, sandbox] =
      await Promise.all([
        import('./tenantRuntime'),
        import('./idbTenantStorage'),
        import('./tenantChannel'),
        import('../../sandbox/client'),
      ]);
    const runScript: ScriptRunner = (o) => sandbox.getSandbox().run(o);
    const r = createTenantRuntime({
      storage: createIdbTenantStorage(),
      channel: createTenantChannel(),
      runScript,
    });
    await r.sync();
    return r;
  })());
}
