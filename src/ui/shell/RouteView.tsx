import { Suspense } from 'react';
import type { Route } from './router';
import { tenantRoutes } from '../tenant/routes';
import { PackageList } from '../workspace/PackageList';
import { PackagePage } from '../workspace/PackagePage';
import { FlowRoute } from './FlowRoute';

/** The page for the current route. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'packages':
      return <PackageList />;
    case 'package':
      return <PackagePage pkgId={route.pkgId} />;
    case 'flow':
      // Keyed so switching flows remounts the editor with fresh local state.
      return <FlowRoute key={route.flowId} pkgId={route.pkgId} flowId={route.flowId} />;
    case 'tenant': {
      const View = tenantRoutes.find((t) => t.path === route.path)?.component;
      if (!View) return null;
      return (
        <Suspense fallback={<p className="center-state">Loading…</p>}>
          <View />
        </Suspense>
      );
    }
    case 'notFound':
      return (
        <div className="center-state" role="alert">
          <h1>Page not found</h1>
          <p>
            Nothing lives at “{route.hash}”. <a href="#/">Go to the Design view</a>
          </p>
        </div>
      );
  }
}
