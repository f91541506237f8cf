import { whenSettled } from '../whenIdle';

/** Set while deployed flows have schedules, so a page that has not loaded the tenant fires them. */
export const SCHEDULES_KEY = 'ifs.tenant.schedules';

/**
 * Deployed schedules keep firing while the studio is open on any page: when the app is idle and
 * the last page that fired them left schedules deployed, the tenant is loaded (code the prefetch
 * has already fetched) and takes over firing them (browserTenant.ts). Nothing loads when no
 * schedule is deployed.
 */
export function resumeSchedulesWhenIdle(): void {
  whenSettled(() => {
    try {
      if (localStorage.getItem(SCHEDULES_KEY) === null) return;
    } catch {
      return;
    }
    void import('./browserTenant').then((m) => m.getBrowserTenant());
  }, 1000);
}
