import { useState } from 'react';
import {
  TOKEN_VALIDITY_DEFAULT,
  TOKEN_VALIDITY_MAX,
  TOKEN_VALIDITY_MIN,
  checkTypedSecret,
} from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { SaveDialog } from './SaveDialog';
import { validityError } from './securityForms';
import { InputField, SelectField, errorMap, useSaveErrors } from '../fields';

/** Register OAuth client: the secret is typed or generated, and shown once by the caller. */
export function RegisterClientDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (clientId: string, secret: string) => void;
}) {
  const subscription = useTenant((s) => s.subscription);
  const [name, setName] = useState('');
  const [clientId, setClientId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [secret, setSecret] = useState('');
  const [sub, setSub] = useState(subscription);
  const [validity, setValidity] = useState(String(TOKEN_VALIDITY_DEFAULT));
  const { errors, setErrors, edit } = useSaveErrors();
  const [busy, setBusy] = useState(false);
  const validityMsg = validityError(validity);

  const save = async () => {
    if (validityMsg) return;
    const weak = checkTypedSecret(secret);
    if (weak.length) return setErrors(errorMap(weak));
    setBusy(true);
    const result = await tenantStore.getState().act((t) =>
      t.createOAuthClient({
        name,
        clientId: clientId || name.trim(),
        ...(secret ? { secret } : {}),
        subscription: sub,
        grantType: 'client_credentials',
        tokenValiditySec: Number(validity),
      }),
    );
    setBusy(false);
    if (!result.ok) return setErrors(errorMap(result.errors));
    onCreated(result.value.client.clientId, result.value.secret);
  };

  return (
    <SaveDialog title="Register OAuth client" onClose={onClose} onSave={save} busy={busy}>
      <InputField
        label="Name"
        value={name}
        required
        onChange={edit((v: string) => {
          setName(v);
          if (!idTouched) setClientId(v.trim().replace(/[^A-Za-z0-9._~-]/g, ''));
        })}
        error={errors.name}
      />
      <InputField
        label="Client ID"
        value={clientId}
        onChange={edit((v: string) => {
          setIdTouched(true);
          setClientId(v);
        })}
        error={errors.clientId}
      />
      <InputField
        label="Client Secret"
        value={secret}
        onChange={edit(setSecret)}
        autoComplete="off"
        placeholder="Leave empty to generate one"
        error={errors.secret}
        hint="Shown once after saving, then kept only as a hash."
      />
      <SelectField
        label="Subscription"
        value={sub}
        onChange={edit(setSub)}
        options={[{ value: subscription, label: subscription }]}
        error={errors.subscription}
      />
      <SelectField
        label="Grant Type"
        value="client_credentials"
        onChange={() => undefined}
        options={[{ value: 'client_credentials', label: 'Client Credentials' }]}
        error={errors.grantType}
      />
      <InputField
        label="Token Validity (s)"
        type="number"
        min={TOKEN_VALIDITY_MIN}
        max={TOKEN_VALIDITY_MAX}
        value={validity}
        onChange={edit(setValidity)}
        error={validityMsg ?? errors.tokenValiditySec}
      />
    </SaveDialog>
  );
}
