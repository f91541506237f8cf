import { useState } from 'react';
import type { DataStoreEntry, VariableRecord } from '../../../core/stores/types';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { toast } from '../../shell/notify';
import { flowLink } from '../flowLinks';
import { ClockControl } from '../ClockControl';
import { TenantState } from '../TenantState';
import { useStoreContents } from './useStoreContents';
import '../tenant.css';

type Pending =
  { kind: 'entry'; entry: DataStoreEntry } | { kind: 'variable'; variable: VariableRecord };

const when = (ms: number) => new Date(ms).toLocaleString();

/** Who sees a store entry or a variable: every flow (Global) or the flow that owns it. */
function Owner({ flowId, flowName }: { flowId: string; flowName: string }) {
  return flowId === '' ? (
    <span>Global</span>
  ) : (
    <span>
      Integration Flow <a href={flowLink(flowId)}>{flowName}</a>
    </span>
  );
}

/** Manage Stores: the tenant's data stores with their entries, and its variables. */
export default function ManageStoresView() {
  const { entries, variables, loaded, error } = useStoreContents();
  const clockOffset = useTenant((s) => s.clockOffsetMs);
  const [open, setOpen] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const now = Date.now() + clockOffset;
  const stores = new Set(entries.map((e) => `${e.flowId}/${e.storeName}`)).size;
  const keyOf = (e: DataStoreEntry) => JSON.stringify([e.flowId, e.storeName, e.entryId]);

  async function remove(p: Pending) {
    const { tenant } = await tenantStore.getState().runtime();
    if (p.kind === 'entry') {
      await tenant.stores.removeEntry(p.entry.flowId, p.entry.storeName, p.entry.entryId);
      toast(`Deleted entry “${p.entry.entryId}” of data store “${p.entry.storeName}”`);
    } else {
      await tenant.stores.removeVariable(p.variable.flowId, p.variable.name);
      toast(`Deleted variable “${p.variable.name}”`);
    }
  }

  return (
    <div className="page tenant-page">
      <div className="page-header">
        <div>
          <h1>Manage Stores</h1>
          <p className="muted">
            What deployed flows keep on the simulated tenant: data store entries (Data Store Write)
            and variables (Write Variables). Simulate uses a store of its own, not these. Advance
            the simulated clock to see entries become overdue and expire.
          </p>
        </div>
      </div>
      <TenantState>
        <section className="panel" aria-labelledby="data-stores-heading">
          <h2 id="data-stores-heading">Data Stores</h2>
          {error && <p className="field-error">Cannot read the stores: {error}</p>}
          {loaded && entries.length === 0 ? (
            <p className="empty">
              No data store entries. A deployed flow with a Data Store Write step adds them.
            </p>
          ) : (
            <>
              <p className="muted">
                {entries.length} {entries.length === 1 ? 'entry' : 'entries'} in {stores} data{' '}
                {stores === 1 ? 'store' : 'stores'}
              </p>
              <table className="table" aria-label="Data store entries">
                <thead>
                  <tr>
                    <th>Data Store</th>
                    <th>Visibility</th>
                    <th>Entry ID</th>
                    <th>Created</th>
                    <th>Expires</th>
                    <th>Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => {
                    const key = keyOf(e);
                    const label = `entry ${e.entryId} of ${e.storeName}`;
                    return (
                      <tr key={key}>
                        <td className="mono">{e.storeName}</td>
                        <td>
                          <Owner flowId={e.flowId} flowName={e.flowName} />
                          {e.flowId === '' && <div className="muted">written by {e.flowName}</div>}
                        </td>
                        <td className="mono">
                          {e.entryId}
                          {open === key && (
                            <div role="region" aria-label={`Content of ${label}`}>
                              {e.headers && Object.keys(e.headers).length > 0 && (
                                <table className="table" aria-label={`Headers of ${label}`}>
                                  <tbody>
                                    {Object.entries(e.headers).map(([k, v]) => (
                                      <tr key={k}>
                                        <th scope="row">{k}</th>
                                        <td>{v}</td>
                                      </tr>
                                    ))}
                                  </tbody>
                                </table>
                              )}
                              <pre tabIndex={0} aria-label="Body">
                                {e.body || '(empty body)'}
                              </pre>
                            </div>
                          )}
                        </td>
                        <td>{when(e.createdAt)}</td>
                        <td>
                          {when(e.expiresAt)}
                          {e.alertAt <= now && (
                            <div className="field-error">
                              Overdue since {when(e.alertAt)} (retention threshold)
                            </div>
                          )}
                          {e.encrypted && <div className="muted">stored encrypted in CPI</div>}
                        </td>
                        <td className="actions">
                          <button
                            type="button"
                            className="btn btn-sm"
                            aria-expanded={open === key}
                            aria-label={`View ${label}`}
                            onClick={() => setOpen(open === key ? null : key)}
                          >
                            {open === key ? 'Hide' : 'View'}
                          </button>
                          <button
                            type="button"
                            className="btn btn-sm btn-danger"
                            aria-label={`Delete ${label}`}
                            onClick={() => setPending({ kind: 'entry', entry: e })}
                          >
                            Delete
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="variables-heading">
          <h2 id="variables-heading">Variables</h2>
          {loaded && variables.length === 0 ? (
            <p className="empty">
              No variables. A deployed flow with a Write Variables step sets them.
            </p>
          ) : (
            <table className="table" aria-label="Variables">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Visibility</th>
                  <th>Value</th>
                  <th>Updated</th>
                  <th>Actions</th>
                </tr>
              </thead>
              <tbody>
                {variables.map((v) => (
                  <tr key={JSON.stringify([v.flowId, v.name])}>
                    <td className="mono">{v.name}</td>
                    <td>
                      <Owner flowId={v.flowId} flowName={v.flowName} />
                    </td>
                    <td className="mono">{v.value === null ? '(null)' : String(v.value)}</td>
                    <td>{when(v.updatedAt)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="btn btn-sm btn-danger"
                        aria-label={`Delete variable ${v.name}`}
                        onClick={() => setPending({ kind: 'variable', variable: v })}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <ClockControl />
      </TenantState>
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'entry' ? 'Delete data store entry' : 'Delete variable'}
          confirmLabel="Delete"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const p = pending;
            setPending(null);
            void remove(p);
          }}
        >
          {pending.kind === 'entry' ? (
            <p>
              Delete entry <strong>“{pending.entry.entryId}”</strong> of data store{' '}
              <strong>“{pending.entry.storeName}”</strong>? Flows that read it (Data Store Get or
              Select) will no longer find it.
            </p>
          ) : (
            <p>
              Delete variable <strong>“{pending.variable.name}”</strong>? Flows that read it get no
              value until it is written again.
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
