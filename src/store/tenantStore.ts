import { useStore } from 'zustand';
import { getBrowserTenant } from '../platform/tenant/browserTenant';
import { createTenantStore, type TenantStoreState } from './tenant/createTenantStore';

export { createTenantStore } from './tenant/createTenantStore';
export type { TenantStore, TenantStoreState, TenantLists } from './tenant/createTenantStore';

/**
 * The app's tenant store. Only the lazy tenant views import it; the tenant itself is created on
 * the first `load()` or action.
 */
export const tenantStore = createTenantStore(getBrowserTenant);

/** React binding with a narrow selector; starts loading the tenant on first use. */
export function useTenant<T>(selector: (state: TenantStoreState) => T): T {
  void tenantStore.getState().load();
  return useTenantState(selector);
}

/**
 * The same binding without loading the tenant: for what the first screen shows (the editor's
 * Deploy controls), which loads the tenant itself once the page is idle.
 */
export function useTenantState<T>(selector: (state: TenantStoreState) => T): T {
  return useStore(tenantStore, selector);
}
