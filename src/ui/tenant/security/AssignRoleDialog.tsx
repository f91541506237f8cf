import { useState } from 'react';
import { ESB_MESSAGING_SEND } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { SaveDialog } from './SaveDialog';
import { InputField, errorMap, useSaveErrors } from '../fields';
import { assignableUsers } from './securityForms';

/** Assign role: a role (ESBMessaging.send, MonitoringDataRead or an adapter's custom role) to a user. */
export function AssignRoleDialog({ onClose }: { onClose: () => void }) {
  const roles = useTenant((s) => s.knownRoles.map((r) => r.name).join('\n'));
  const users = useTenant((s) => assignableUsers(s).join('\n'));
  const [role, setRole] = useState(ESB_MESSAGING_SEND);
  const [user, setUser] = useState(() => users.split('\n')[0] ?? '');
  const { errors, setErrors, edit } = useSaveErrors();

  const save = async () => {
    const r = await tenantStore.getState().act((t) => t.assignRole(user.trim(), role.trim()));
    if (!r.ok) return setErrors(errorMap(r.errors));
    onClose();
  };

  return (
    <SaveDialog title="Assign role" onClose={onClose} onSave={save}>
      <InputField
        label="Role"
        value={role}
        onChange={edit(setRole)}
        options={roles ? roles.split('\n') : []}
        error={errors.role}
        hint="ESBMessaging.send to call endpoints, MonitoringDataRead to read the message processing logs API, or a custom role named by a deployed HTTPS adapter."
      />
      <InputField
        label="User"
        value={user}
        onChange={edit(setUser)}
        options={users ? users.split('\n') : []}
        error={errors.user}
        hint="A user, or oauth_client_<client id> for an OAuth client."
      />
    </SaveDialog>
  );
}
