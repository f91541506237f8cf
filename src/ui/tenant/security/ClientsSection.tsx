import { useState } from 'react';
import { TENANT_PLACES } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { alertError } from '../../shell/notify';
import { appTokenUrl } from '../appUrls';
import { CopyButton } from '../CopyButton';
import { ReachabilityNote, TenantUrl } from '../TenantUrl';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { RegisterClientDialog } from './RegisterClientDialog';
import { forgetSecret, rememberSecret } from '../secretMemory';

/** Security → OAuth Clients (CPI: Security → OAuth Settings → Clients). */
export function ClientsSection() {
  const clients = useTenant((s) => s.clients);
  const tokenUrl = useTenant((s) => s.tokenEndpointUrl);
  const [registering, setRegistering] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [regenerating, setRegenerating] = useState<string | null>(null);
  const [shown, setShown] = useState<{ clientId: string; secret: string } | null>(null);

  const regenerate = async (clientId: string) => {
    const r = await tenantStore.getState().act((t) => t.regenerateClientSecret(clientId));
    if (!r.ok) return alertError(r.errors.map((e) => e.message).join('; '));
    rememberSecret(clientId, r.value.secret);
    setShown({ clientId, secret: r.value.secret });
  };
  const remove = async (clientId: string) => {
    if (shown?.clientId === clientId) setShown(null);
    forgetSecret(clientId);
    await tenantStore.getState().act((t) => t.deleteOAuthClient(clientId));
  };

  return (
    <section className="panel" aria-labelledby="oauth-clients">
      <div className="toolbar">
        <div className="tenant-toolbar-title">
          <h2 id="oauth-clients">{TENANT_PLACES.clients}</h2>
          <p className="muted">In SAP Cloud Integration: Security → OAuth Settings → Clients.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setRegistering(true)}>
          Register client
        </button>
      </div>
      <div className="tenant-endpoint-row tenant-token-endpoint">
        <span>Token endpoint:</span>
        <TenantUrl url={appTokenUrl()} runtimeUrl={tokenUrl} copyLabel="Copy token endpoint" />
      </div>
      <ReachabilityNote />
      {shown && (
        <div className="tenant-secret" role="alert">
          <p>
            Client secret of <strong>{shown.clientId}</strong>:{' '}
            <code className="mono" data-testid="client-secret">
              {shown.secret}
            </code>{' '}
            <CopyButton text={shown.secret} label="Copy secret" />
          </p>
          <p>Copy it now: it is shown only once and cannot be displayed again.</p>
          <button
            type="button"
            className="btn btn-sm"
            onClick={(e) => {
              // The button goes with the secret: the focus goes to the toolbar's Register client
              // (it fell to the page).
              const section = e.currentTarget.closest('section');
              setShown(null);
              section?.querySelector<HTMLElement>('.toolbar .btn-primary')?.focus();
            }}
          >
            Done
          </button>
        </div>
      )}
      {clients.length === 0 ? (
        <p className="empty">No OAuth client is registered.</p>
      ) : (
        <table className="table" aria-label="OAuth clients">
          <thead>
            <tr>
              <th>Name</th>
              <th>Client ID</th>
              <th>User for role assignment</th>
              <th>Subscription</th>
              <th>Grant type</th>
              <th>Token validity</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.clientId}>
                <td>{c.name}</td>
                <td className="mono">{c.clientId}</td>
                <td className="mono">{c.userName}</td>
                <td>{c.subscription}</td>
                <td>Client Credentials</td>
                <td>{c.tokenValiditySec} s</td>
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn-sm"
                    aria-label={`Regenerate secret of ${c.clientId}`}
                    onClick={() => setRegenerating(c.clientId)}
                  >
                    Regenerate secret
                  </button>
                  <button
                    type="button"
                    className="btn btn-sm btn-danger"
                    aria-label={`Delete client ${c.clientId}`}
                    onClick={() => setDeleting(c.clientId)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete OAuth client"
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting;
            setDeleting(null);
            void remove(id);
          }}
        >
          <p>
            Delete the OAuth client <strong className="mono">{deleting}</strong>? Its access tokens
            stop working at once (401 Unauthorized), its secret cannot be used again and its role
            assignments are removed. Every flow called with this client is affected.
          </p>
        </ConfirmDialog>
      )}
      {regenerating && (
        <ConfirmDialog
          title="Regenerate client secret"
          confirmLabel="Regenerate"
          danger
          onCancel={() => setRegenerating(null)}
          onConfirm={() => {
            const id = regenerating;
            setRegenerating(null);
            void regenerate(id);
          }}
        >
          <p>
            Give <strong className="mono">{regenerating}</strong> a new secret? The old secret and
            every access token issued with it stop working at once (401 Unauthorized) for every
            caller that uses them.
          </p>
        </ConfirmDialog>
      )}
      {registering && (
        <RegisterClientDialog
          onClose={() => setRegistering(false)}
          onCreated={(clientId, secret) => {
            setRegistering(false);
            rememberSecret(clientId, secret);
            setShown({ clientId, secret });
          }}
        />
      )}
    </section>
  );
}
