import type { ReactNode } from 'react';
import { useTenant } from '../../store/tenantStore';

/** Shows its children once the tenant is loaded; loading and error states otherwise. */
export function TenantState({ children }: { children: ReactNode }) {
  const loaded = useTenant((s) => s.loaded);
  const error = useTenant((s) => s.error);
  if (error)
    return (
      <p className="center-state" role="alert">
        The simulated tenant could not start: {error}
      </p>
    );
  if (!loaded) return <p className="center-state">Starting the tenant…</p>;
  return <>{children}</>;
}
