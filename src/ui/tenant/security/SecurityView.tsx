import { ClockControl } from '../ClockControl';
import { TenantState } from '../TenantState';
import { CertificatesSection } from './CertificatesSection';
import { ClientsSection } from './ClientsSection';
import { RolesSection } from './RolesSection';
import { UsersSection } from './UsersSection';
import '../tenant.css';

/** Security material of the simulated tenant, laid out as in the walkthrough. */
export default function SecurityView() {
  return (
    <div className="page tenant-page">
      <div className="page-header">
        <div>
          <h1>Security</h1>
          <p className="muted">
            Who may call the tenant&apos;s endpoints: OAuth clients, users, client certificates and
            the roles assigned to them.
          </p>
        </div>
      </div>
      <TenantState>
        <ClientsSection />
        <RolesSection />
        <UsersSection />
        <CertificatesSection />
        <ClockControl />
      </TenantState>
    </div>
  );
}
