import type { Route } from './router';
import { tenantRoutes } from '../tenant/routes';
import { ThemeToggle } from './ThemeToggle';
import { SaveStatus } from './SaveStatus';

const isDesign = (r: Route) => r.name === 'packages' || r.name === 'package' || r.name === 'flow';

/** The shell bar: product name, top-level navigation, save state and theme switch. */
export function Header({ route }: { route: Route }) {
  return (
    <header className="shellbar">
      <a className="brand" href="#/">
        <img src="./favicon.svg" alt="" />
        <span className="brand-text">Integration Flow Studio</span>
      </a>
      <nav className="nav" aria-label="Main">
        <a href="#/" aria-current={isDesign(route) ? 'page' : undefined}>
          Design
        </a>
        {tenantRoutes.map((t) => (
          <a
            key={t.path}
            href={`#/${t.path}`}
            aria-current={route.name === 'tenant' && route.path === t.path ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <div className="shellbar-end">
        {/* The flow editor's header shows the save state of the open flow itself. */}
        {route.name !== 'flow' && <SaveStatus />}
        <ThemeToggle />
      </div>
    </header>
  );
}
