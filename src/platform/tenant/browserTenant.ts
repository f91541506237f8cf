import type { ScriptRunner } from '../../core/script/types';
import type { TenantRuntime } from './tenantRuntime';
import { SCHEDULES_KEY } from './resumeSchedules';

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
    fireSchedulesInOneTab(r);
    return r;
  })());
}

/**
 * The deployed flows' schedules fire in one tab of the studio at a time: the one holding the
 * lock (the first to load the tenant; when it closes, the next waiting tab takes over), from the
 * moment it loads the tenant: a flow or a tenant view opened, or the app idle on any page while
 * schedules are deployed (see resumeSchedulesWhenIdle). Without Web Locks (an old browser),
 * every tab fires them.
 */
function fireSchedulesInOneTab(r: TenantRuntime): void {
  const start = async () => {
    await r.tenant.startSchedules();
    noteSchedules(r);
    r.onChange((notice) => {
      if (notice.type === 'changed' && notice.collections.includes('deployments'))
        void r.tenant.syncSchedules().then(() => noteSchedules(r));
    });
  };
  if (typeof navigator === 'undefined' || !navigator.locks) {
    void start();
    return;
  }
  void navigator.locks.request('ifs-tenant-schedules', async () => {
    await start();
    // Held while this page lives.
    await new Promise<never>(() => {});
  });
}

function noteSchedules(r: TenantRuntime): void {
  try {
    if (r.tenant.upcomingRuns().length > 0) localStorage.setItem(SCHEDULES_KEY, '1');
    else localStorage.removeItem(SCHEDULES_KEY);
  } catch {
    // Storage refused (private mode): schedules then fire once the tenant is opened.
  }
}
