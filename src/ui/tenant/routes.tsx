import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Mount point (owned by the tenant work): top-level views of the simulated tenant, shown in the
// app's navigation by the workspace shell. Each component is loaded lazily.
export interface TenantRoute {
  /** Hash route, e.g. "monitor" → #/monitor */
  path: string;
  label: string;
  component: LazyExoticComponent<ComponentType>;
}

export const tenantRoutes: TenantRoute[] = [
  {
    path: 'deployed',
    label: 'Manage Integration Content',
    component: lazy(() => import('./ManageContentView')),
  },
  {
    path: 'stores',
    label: 'Manage Stores',
    component: lazy(() => import('./stores/ManageStoresView')),
  },
  { path: 'security', label: 'Security', component: lazy(() => import('./security/SecurityView')) },
  { path: 'monitor', label: 'Monitor', component: lazy(() => import('./monitor/MonitorView')) },
  {
    path: 'console',
    label: 'Test Console',
    component: lazy(() => import('./console/ConsoleView')),
  },
];

/** Deploy/undeploy controls for the flow editor header (lazy). Props: none; reads the store. */
export const DeployControls = lazy(() => import('./DeployControls'));
