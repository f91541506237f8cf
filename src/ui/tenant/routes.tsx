import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Mount point (owned by the tenant work): top-level views of the simulated tenant, shown in the
// app's navigation by the workspace shell. Each component is loaded lazily.
export interface TenantRoute {
  /** Hash route, e.g. "monitor" → #/monitor */
  path: string;
  label: string;
  component: LazyExoticComponent<ComponentType>;
}

export const tenantRoutes: TenantRoute[] = [];

/** Deploy/undeploy controls for the flow editor header (lazy). Props: none; reads the store. */
export const DeployControls = lazy(() => import('./DeployControls'));
