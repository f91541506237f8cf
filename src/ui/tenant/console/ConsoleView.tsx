import { useEffect, useId, useRef, useState } from 'react';
import { useTenant } from '../../../store/tenantStore';
import { useRoute } from '../../shell/useRoute';
import { SelectField } from '../fields';
import { TenantState } from '../TenantState';
import { AuthFields } from './AuthFields';
import { appBase, appTokenUrl, tenantPathOf } from '../appUrls';
import {
  emptyForm,
  endpointFor,
  firstHeaderError,
  METHODS,
  type ConsoleForm,
} from './consoleModel';
import { prepareForEndpoint, withAuth } from './prepareForm';
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
  const deployment = useTenant((s) => s.deployments.find((d) => d.flowId === flowId));
  const endpoint = deployment?.endpoints[0];
  const clients = useTenant((s) => s.clients);
  const assignments = useTenant((s) => s.assignments);
  const clock = useTenant((s) => s.clockOffsetMs);
  // The form outlives a visit to another view (as Postman keeps its tab); secrets included,
  // but only in this page's memory.
  const [form, setForm] = useState<ConsoleForm>(() => lastForm ?? emptyForm(appTokenUrl()));
  useEffect(() => {
    lastForm = form;
  }, [form]);
  const session = useConsoleSession(form, setForm);
  const bodyId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const urlId = useId();
  const urlInput = useRef<HTMLInputElement>(null);
  // An empty URL would be sent as "/" and answered 404: it is said beside the field instead.
  const [urlMissing, setUrlMissing] = useState(false);
  const csrfId = useId();

  // Opened from an endpoint (#/console?flow=…): its URL, POST, and OAuth 2.0 client credentials
  // with the registered client that holds the endpoint's role, once per opening.
  const prepared = useRef<string | null>(null);
  useEffect(() => {
    if (!flowId || !endpoint || prepared.current === flowId) return;
    prepared.current = flowId;
    setForm((f) => prepareForEndpoint(f, endpoint, clients, assignments));
  }, [flowId, endpoint, clients, assignments]);

  const tenantPath = tenantPathOf(form.url, appBase());
  const target = useTenant((s) => endpointFor(tenantPath, s.deployments));
  const patch = (p: Partial<ConsoleForm>) => setForm((f) => ({ ...f, ...p }));
  const certificates = useTenant((s) => s.certificates);

  return (
    <div className="tenant-console">
      <form
        className="panel tenant-request"
        aria-label="Request"
        onSubmit={(e) => {
          e.preventDefault();
          const badHeader = firstHeaderError(form);
          if (!form.url.trim()) {
            setUrlMissing(true);
            urlInput.current?.focus();
          } else if (badHeader) {
            // Said beside the row (HeadersTable); the focus goes there, nothing is sent.
            const label = `Header ${badHeader.field} ${badHeader.index + 1}`;
            e.currentTarget.querySelector<HTMLElement>(`[aria-label="${label}"]`)?.focus();
          } else void session.send();
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
              ref={urlInput}
              id={urlId}
              className="input mono"
              value={form.url}
              placeholder={`${appBase()}http/v1/…`}
              aria-invalid={urlMissing || undefined}
              aria-describedby={urlMissing ? `${urlId}-error` : undefined}
              onChange={(e) => {
                setUrlMissing(false);
                patch({ url: e.target.value });
              }}
            />
            {urlMissing && (
              <p className="field-error" id={`${urlId}-error`}>
                Enter the URL to call, such as {appBase()}http/v1/test/hello
              </p>
            )}
          </div>
          {/* Busy is aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button
            type="submit"
            className="btn btn-primary"
            aria-disabled={session.busy || undefined}
          >
            Send
          </button>
        </div>
        <div className="tenant-csrf-option">
          <input
            id={csrfId}
            type="checkbox"
            checked={form.autoCsrf !== false}
            onChange={(e) => patch({ autoCsrf: e.target.checked })}
          />
          <label htmlFor={csrfId}>
            Fetch a CSRF token first when the endpoint is CSRF protected
          </label>
        </div>
        {target?.config.csrfProtected && (
          <p className="field-hint">
            This endpoint is CSRF protected.{' '}
            {form.autoCsrf !== false
              ? `Send fetches a token first (GET with X-CSRF-Token: Fetch) and sends it with the ${form.method}; both exchanges appear in the history.`
              : 'Send a valid X-CSRF-Token header (use “Fetch CSRF token”), or the request is refused with 403.'}
          </p>
        )}
        <AuthFields
          auth={form.auth}
          onChange={(a) => setForm((f) => withAuth(f, a))}
          clients={clients}
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
            aria-disabled={session.busy || undefined}
            onClick={() => void session.fetchCsrf()}
          >
            Fetch CSRF token
          </button>{' '}
          <span className="muted">
            A GET with X-CSRF-Token: Fetch on its own; the token goes into the headers.
          </span>
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
            aria-describedby={form.file ? `${fileId}-note` : undefined}
            onChange={(e) => patch({ body: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={fileId}>Body file</label>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                void file
                  .arrayBuffer()
                  .then((b) =>
                    patch({ file: { name: file.name, type: file.type, bytes: new Uint8Array(b) } }),
                  );
            }}
          />
          {form.file && (
            <p className="field-hint" id={`${fileId}-note`}>
              The file {form.file.name} ({form.file.bytes.length.toLocaleString('en-US')} bytes
              {form.file.type ? `, ${form.file.type}` : ''}) is sent as the body instead of the text
              above.{' '}
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => {
                  patch({ file: undefined });
                  if (fileInput.current) fileInput.current.value = '';
                }}
              >
                Remove file
              </button>
            </p>
          )}
        </div>
      </form>
      <ResponseView result={session.result} error={session.error} />
      <HistoryList
        version={session.historyVersion}
        onLoad={(f) =>
          setForm({ ...f, auth: { ...f.auth, tokenUrl: f.auth.tokenUrl || appTokenUrl() } })
        }
      />
    </div>
  );
}
