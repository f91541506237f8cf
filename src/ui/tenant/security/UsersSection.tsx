import { useState } from 'react';
import { TENANT_PLACES } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { InputField, errorMap, useSaveErrors } from '../fields';

/** Security → Users: user names and passwords for Basic authentication. */
export function UsersSection() {
  const users = useTenant((s) => s.users);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { errors, setErrors, edit } = useSaveErrors();
  const [deleting, setDeleting] = useState<string | null>(null);

  const add = async () => {
    const r = await tenantStore.getState().act((t) => t.createUser(name.trim(), password));
    if (!r.ok) return setErrors(errorMap(r.errors));
    setErrors({});
    setName('');
    setPassword('');
  };

  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">{TENANT_PLACES.users}</h2>
      <p className="muted">Users that call endpoints with Basic authentication.</p>
      <form
        className="tenant-row tenant-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <InputField label="User name" value={name} onChange={edit(setName)} error={errors.name} />
        <InputField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={edit(setPassword)}
          error={errors.password}
        />
        <button type="submit" className="btn">
          Add user
        </button>
      </form>
      {users.length === 0 ? (
        <p className="empty">No user.</p>
      ) : (
        <ul className="tenant-list" aria-label="Users">
          {users.map((u) => (
            <li key={u.name}>
              <span className="mono">{u.name}</span>
              <button
                type="button"
                className="btn btn-sm btn-danger"
                aria-label={`Delete user ${u.name}`}
                onClick={() => setDeleting(u.name)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete user"
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const name = deleting;
            setDeleting(null);
            void tenantStore.getState().act((t) => t.deleteUser(name));
          }}
        >
          <p>
            Delete the user <strong className="mono">{deleting}</strong>? Its Basic authentication
            stops working at once (401 Unauthorized) and its role assignments are removed.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
