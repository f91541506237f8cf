import { tenantStore, useTenant } from '../../store/tenantStore';
import { toast } from '../shell/notify';
import { CopyButton } from './CopyButton';
import { consoleHref, flowLink, monitorHref } from './flowLinks';
import { TenantState } from './TenantState';
import './tenant.css';

/** Manage Integration Content: deployed flows, their status and endpoints. */
export default function ManageContentView() {
  const deployments = useTenant((s) => s.deployments);
  return (
    <div className="page tenant-page">
      <div className="page-header">
        <div>
          <h1>Manage Integration Content</h1>
          <p className="muted">
            Flows deployed on the simulated tenant and the endpoints they serve.
          </p>
        </div>
      </div>
      <TenantState>
        <section className="panel" aria-label="Deployed flows">
          {deployments.length === 0 ? (
            <p className="empty">
              Nothing is deployed. Open a flow and choose <strong>Deploy</strong> in its header.
            </p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>Flow</th>
                  <th>Status</th>
                  <th>Deployed at</th>
                  <th>Endpoints</th>
                  <th>Actions</th>
                </tr>
              </thead>
              <tbody>
                {deployments.map((d) => (
                  <tr key={d.flowId}>
                    <td>
                      <a href={flowLink(d.flowId)}>{d.flowName}</a>
                      <div className="muted mono">version {d.version}</div>
                    </td>
                    <td>
                      <span className={`tenant-status tenant-status--${d.status.toLowerCase()}`}>
                        {d.status}
                      </span>
                      {d.error && <div className="field-error">{d.error}</div>}
                    </td>
                    <td>{new Date(d.deployedAt).toLocaleString()}</td>
                    <td>
                      {d.endpoints.length === 0 && <span className="muted">none</span>}
                      {d.endpoints.map((e) => (
                        <div key={e.messageFlowId} className="tenant-endpoint-row">
                          <code className="mono">{e.url}</code>
                          <CopyButton text={e.url} label="Copy endpoint" />
                        </div>
                      ))}
                    </td>
                    <td className="actions">
                      <a className="btn btn-sm" href={monitorHref({ flow: d.flowId })}>
                        Monitor
                      </a>
                      <a className="btn btn-sm" href={consoleHref(d.flowId)}>
                        Test
                      </a>
                      <button
                        type="button"
                        className="btn btn-sm btn-danger"
                        aria-label={`Undeploy ${d.flowName}`}
                        onClick={() =>
                          void tenantStore
                            .getState()
                            .undeploy(d.flowId)
                            .then(() => toast(`Undeployed “${d.flowName}”`))
                        }
                      >
                        Undeploy
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </TenantState>
    </div>
  );
}
