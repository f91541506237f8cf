import { lazy, Suspense, type ReactNode } from 'react';
import type { Route } from './router';
import { tenantRoutes } from '../tenant/routes';
import { FlowRoute } from './FlowRoute';

// Each page is its own chunk: a link straight to a flow does not download the Design view.
const PackageList = lazy(() =>
  import('../workspace/PackageList').then((m) => ({ default: m.PackageList })),
);
const PackagePage = lazy(() =>
  import('../workspace/PackagePage').then((m) => ({ default: m.PackagePage })),
);

const loading = <p className="center-state">Loading…</p>;
const page = (node: ReactNode) => <Suspense fallback={loading}>{node}</Suspense>;

/** The page for the current route. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'packages':
      return page(<PackageList />);
    case 'package':
      return page(<PackagePage pkgId={route.pkgId} />);
    case 'flow':
      // Keyed so switching flows remounts the editor with fresh local state.
      return <FlowRoute key={route.flowId} pkgId={route.pkgId} flowId={route.flowId} />;
    case 'tenant': {
      const View = tenantRoutes.find((t) => t.path === route.path)?.component;
      if (!View) return null;
      return page(<View />);
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
