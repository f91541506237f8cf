import { useEffect, useId, useState } from 'react';
import { useTenant } from '../../../store/tenantStore';
import { useRoute } from '../../shell/useRoute';
import { SelectField } from '../fields';
import { TenantState } from '../TenantState';
import { AuthFields } from './AuthFields';
import { emptyForm, METHODS, type ConsoleForm } from './consoleModel';
import { HeadersTable } from './HeadersTable';
import { HistoryList } from './HistoryList';
import { ResponseView } from './ResponseView';
import { useConsoleSession } from './useConsoleSession';
import '../tenant.css';

let lastForm: ConsoleForm | null = null;

/** Test console: Postman-like requests against the in-page tenant. */
export default function ConsoleView() {
  return (
    <div className="page tenant-page">
      <div className="page-header">
        <div>
          <h1>Test Console</h1>
          <p className="muted">
            Call the simulated tenant like Postman would: the request goes to the tenant inside this
            page, not over the network.
          </p>
        </div>
      </div>
      <TenantState>
        <ConsoleBody />
      </TenantState>
    </div>
  );
}

function ConsoleBody() {
  const route = useRoute();
  const flowId = route.name === 'tenant' ? route.query.flow : undefined;
  const tokenUrl = useTenant((s) => s.tokenEndpointUrl);
  const endpoint = useTenant((s) => s.deployments.find((d) => d.flowId === flowId)?.endpoints[0]);
  const clock = useTenant((s) => s.clockOffsetMs);
  // The form outlives a visit to another view (as Postman keeps its tab); secrets included,
  // but only in this page's memory.
  const [form, setForm] = useState<ConsoleForm>(() => ({
    ...(lastForm ?? emptyForm(tokenUrl)),
    ...(endpoint ? { url: endpoint.url } : {}),
  }));
  useEffect(() => {
    lastForm = form;
  }, [form]);
  const session = useConsoleSession(form, setForm);
  const bodyId = useId();
  const urlId = useId();

  // Opened from a flow (#/console?flow=…): its endpoint, once the deployment is known.
  const endpointUrl = endpoint?.url;
  useEffect(() => {
    if (endpointUrl) setForm((f) => ({ ...f, url: endpointUrl }));
  }, [endpointUrl]);

  const patch = (p: Partial<ConsoleForm>) => setForm((f) => ({ ...f, ...p }));
  const certificates = useTenant((s) => s.certificates);

  return (
    <div className="tenant-console">
      <form
        className="panel tenant-request"
        aria-label="Request"
        onSubmit={(e) => {
          e.preventDefault();
          void session.send();
        }}
      >
        <div className="tenant-request-line">
          <SelectField
            label="Method"
            value={form.method}
            onChange={(method) => patch({ method })}
            options={METHODS.map((m) => ({ value: m, label: m }))}
          />
          <div className="field tenant-url">
            <label htmlFor={urlId}>URL</label>
            <input
              id={urlId}
              className="input mono"
              value={form.url}
              placeholder="https://…/http/v1/…"
              onChange={(e) => patch({ url: e.target.value })}
            />
          </div>
          <button type="submit" className="btn btn-primary" disabled={session.busy}>
            Send
          </button>
        </div>
        {endpoint?.config.csrfProtected && (
          <p className="field-hint">
            This endpoint is CSRF protected: choose “Fetch CSRF token” before a POST.
          </p>
        )}
        <AuthFields
          auth={form.auth}
          onChange={(a) => setForm((f) => ({ ...f, auth: { ...f.auth, ...a } }))}
          token={session.token}
          now={Date.now() + clock}
          busy={session.busy}
          onNewToken={() => void session.newToken()}
        />
        <HeadersTable rows={form.headers} onChange={(headers) => patch({ headers })} />
        <p>
          <button
            type="button"
            className="btn btn-sm"
            disabled={session.busy}
            onClick={() => void session.fetchCsrf()}
          >
            Fetch CSRF token
          </button>
        </p>
        {certificates.length > 0 && (
          <SelectField
            label="Client certificate"
            value={form.clientCertificate}
            onChange={(clientCertificate) => patch({ clientCertificate })}
            options={[
              { value: '', label: 'None' },
              ...certificates.map((c) => ({ value: c.subject, label: `${c.subject} (${c.user})` })),
            ]}
          />
        )}
        <div className="field">
          <label htmlFor={bodyId}>Body</label>
          <textarea
            id={bodyId}
            className="input mono"
            rows={6}
            value={form.body}
            onChange={(e) => patch({ body: e.target.value })}
          />
        </div>
      </form>
      <ResponseView result={session.result} error={session.error} />
      <HistoryList
        version={session.historyVersion}
        onLoad={(f) =>
          setForm({ ...f, auth: { ...f.auth, tokenUrl: f.auth.tokenUrl || tokenUrl } })
        }
      />
    </div>
  );
}
