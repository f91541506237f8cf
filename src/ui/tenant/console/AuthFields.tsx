import { TENANT_PLACES, placePath, type OAuthClient } from '../../../core/tenant';
import { routeHref } from '../../shell/router';
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
  /** Registered OAuth clients (suggested as Client ID; none → what to do). */
  clients: OAuthClient[];
}

const securityHref = routeHref({ name: 'tenant', path: 'security', rest: [], query: {} });

/** The Authorization tab: None, Basic, Bearer token or OAuth 2.0 client credentials. */
export function AuthFields({ auth, onChange, token, now, onNewToken, busy, clients }: Props) {
  const known = clients.some((c) => c.clientId === auth.clientId);
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
          {clients.length === 0 && (
            <p className="tenant-hint-box" role="note">
              No OAuth client is registered yet. Register one under{' '}
              <a href={securityHref}>{placePath('security', 'clients')}</a> and assign it the
              endpoint&apos;s role under {placePath('security', 'roles')}, then come back.
            </p>
          )}
          <InputField
            label="Token URL"
            value={auth.tokenUrl}
            onChange={(tokenUrl) => onChange({ tokenUrl })}
          />
          <div className="field-row">
            <InputField
              label="Client ID"
              value={auth.clientId}
              options={clients.map((c) => c.clientId)}
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
          {known && !auth.clientSecret && (
            <p className="field-hint">
              Enter the secret shown when <span className="mono">{auth.clientId}</span> was
              registered. Lost it? <a href={securityHref}>Regenerate secret</a> under{' '}
              {placePath('security')} → {TENANT_PLACES.clients}.
            </p>
          )}
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
            <button
              type="button"
              className="btn btn-sm"
              aria-disabled={busy || undefined}
              onClick={onNewToken}
            >
              Get new token
            </button>
          </p>
        </>
      )}
    </fieldset>
  );
}
