import { useState } from 'react';
import type { Deployment } from '../../core/tenant';
import { timerNote } from '../../core/tenant/timerRuns';
import { tenantStore, useTenant } from '../../store/tenantStore';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { toast } from '../shell/notify';
import { appEndpointUrl } from './appUrls';
import { consoleHref, flowLink, monitorHref } from './flowLinks';
import { NextRun } from './NextRun';
import { TenantState } from './TenantState';
import { ReachabilityNote, TenantUrl } from './TenantUrl';
import './tenant.css';

/** Manage Integration Content: deployed flows, their status and endpoints. */
export default function ManageContentView() {
  const deployments = useTenant((s) => s.deployments);
  const [undeploying, setUndeploying] = useState<Deployment | null>(null);
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
            <table className="table" aria-label="Deployed flows">
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
                      {d.endpoints.length === 0 && (
                        <>
                          <span className="muted">{timerNote(d) ?? 'none'}</span>
                          <NextRun deployment={d} />
                        </>
                      )}
                      {d.endpoints.map((e) => (
                        <div key={e.messageFlowId}>
                          <TenantUrl
                            url={appEndpointUrl(e.address)}
                            runtimeUrl={e.url}
                            copyLabel="Copy endpoint"
                          />
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
                        onClick={() => setUndeploying(d)}
                      >
                        Undeploy
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {deployments.length > 0 && <ReachabilityNote />}
        </section>
      </TenantState>
      {undeploying && (
        <ConfirmDialog
          title="Undeploy integration flow"
          confirmLabel="Undeploy"
          danger
          onCancel={() => setUndeploying(null)}
          onConfirm={() => {
            const d = undeploying;
            setUndeploying(null);
            void tenantStore
              .getState()
              .undeploy(d.flowId)
              .then(() => toast(`Undeployed “${d.flowName}”`));
          }}
        >
          <p>
            Undeploy <strong>“{undeploying.flowName}”</strong>? Its endpoint stops serving: calls
            answer <code>404 Not Found</code> until you deploy it again. The flow itself is kept.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
