import { useState } from 'react';
import { MONITORING_DATA_READ, TENANT_PLACES } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { AssignRoleDialog } from './AssignRoleDialog';

/** Applications → Subscriptions → <runtime subscription> → Roles: role assignments. */
export function RolesSection() {
  const subscription = useTenant((s) => s.subscription);
  const assignments = useTenant((s) => s.assignments);
  const knownRoles = useTenant((s) => s.knownRoles);
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<{ user: string; role: string } | null>(null);
  const rows = assignments.flatMap((a) => a.roles.map((role) => ({ user: a.user, role })));

  return (
    <section className="panel" aria-labelledby="roles-heading">
      <div className="toolbar">
        <div className="tenant-toolbar-title">
          <h2 id="roles-heading">{TENANT_PLACES.roles}</h2>
          <p className="muted">
            In SAP Cloud Integration: Applications → Subscriptions →{' '}
            <span className="mono">{subscription}</span> → Roles.
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setAssigning(true)}>
          Assign role
        </button>
      </div>
      <p className="muted">
        Roles:{' '}
        {knownRoles.map((r, i) => (
          <span key={r.name}>
            {i > 0 && ', '}
            <code className="mono">{r.name}</code>
            {r.flows.length > 0 && ` (${r.flows.join(', ')})`}
            {r.name === MONITORING_DATA_READ && ' (reads the message processing logs API)'}
          </span>
        ))}
      </p>
      {rows.length === 0 ? (
        <p className="empty">No role is assigned.</p>
      ) : (
        <table className="table" aria-label="Role assignments">
          <thead>
            <tr>
              <th>Role</th>
              <th>User</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ user, role }) => (
              <tr key={`${user}\u0000${role}`}>
                <td className="mono">{role}</td>
                <td className="mono">{user}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn-sm btn-danger"
                    aria-label={`Remove ${role} from ${user}`}
                    onClick={() => setRemoving({ user, role })}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {assigning && <AssignRoleDialog onClose={() => setAssigning(false)} />}
      {removing && (
        <ConfirmDialog
          title="Remove role assignment"
          confirmLabel="Remove"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const { user, role } = removing;
            setRemoving(null);
            void tenantStore.getState().act((t) => t.unassignRole(user, role));
          }}
        >
          <p>
            Remove <strong className="mono">{removing.role}</strong> from{' '}
            <strong className="mono">{removing.user}</strong>? Its calls to endpoints that require
            this role are refused with 403 Forbidden from now on.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
