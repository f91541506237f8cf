import { InputField, SelectField } from '../fields';
import { AUTH_OPTIONS, type AuthType, type ConsoleAuth } from './consoleModel';
import type { CachedToken } from './tokenCache';

interface Props {
  auth: ConsoleAuth;
  onChange: (patch: Partial<ConsoleAuth>) => void;
  token: CachedToken | null;
  now: number;
  onNewToken: () => void;
  busy: boolean;
}

/** The Authorization tab: None, Basic, Bearer token or OAuth 2.0 client credentials. */
export function AuthFields({ auth, onChange, token, now, onNewToken, busy }: Props) {
  return (
    <fieldset className="tenant-fieldset">
      <legend>Authorization</legend>
      <SelectField
        label="Authorization"
        value={auth.type}
        onChange={(v) => onChange({ type: v as AuthType })}
        options={AUTH_OPTIONS}
      />
      {auth.type === 'basic' && (
        <div className="field-row">
          <InputField label="Username" value={auth.user} onChange={(user) => onChange({ user })} />
          <InputField
            label="Password"
            type="password"
            autoComplete="off"
            value={auth.password}
            onChange={(password) => onChange({ password })}
          />
        </div>
      )}
      {auth.type === 'bearer' && (
        <InputField label="Token" value={auth.token} onChange={(t) => onChange({ token: t })} />
      )}
      {auth.type === 'oauth' && (
        <>
          <InputField
            label="Token URL"
            value={auth.tokenUrl}
            onChange={(tokenUrl) => onChange({ tokenUrl })}
          />
          <div className="field-row">
            <InputField
              label="Client ID"
              value={auth.clientId}
              onChange={(clientId) => onChange({ clientId })}
            />
            <InputField
              label="Client Secret"
              type="password"
              autoComplete="off"
              value={auth.clientSecret}
              onChange={(clientSecret) => onChange({ clientSecret })}
            />
          </div>
          <p className="tenant-token-state">
            {token ? (
              now < token.expiresAt ? (
                <>
                  Access token valid until {new Date(token.expiresAt).toLocaleTimeString()} (tenant
                  time).
                </>
              ) : (
                <>The cached access token has expired; Send fetches a new one.</>
              )
            ) : (
              <>No access token yet: Send fetches one from the token URL.</>
            )}{' '}
            <button type="button" className="btn btn-sm" disabled={busy} onClick={onNewToken}>
              Get new token
            </button>
          </p>
        </>
      )}
    </fieldset>
  );
}
