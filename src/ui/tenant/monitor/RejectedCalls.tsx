import { useEffect, useState } from 'react';
import { TENANT_PLACES, type RejectedCall } from '../../../core/tenant';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { tenantStore, useTenant } from '../../../store/tenantStore';

const SHOWN = 200;

/**
 * Calls the tenant refused before a flow ran (401, 403, 404, 413 …): no message processing log
 * is written for them, so this is where a user finds why a call failed.
 */
export function RejectedCalls({ flowId }: { flowId: string }) {
  const logVersion = useTenant((s) => s.logVersion);
  const [calls, setCalls] = useState<RejectedCall[]>([]);
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    let live = true;
    void tenantStore
      .getState()
      .runtime()
      .then((r) => r.tenant.listRejectedCalls())
      .then((list) => live && setCalls(list));
    return () => {
      live = false;
    };
  }, [logVersion, cleared]);

  // A flow filter keeps the flow's calls and those no flow could be told for (unknown address).
  const shown = calls.filter((c) => !flowId || !c.flowId || c.flowId === flowId).slice(0, SHOWN);
  const clear = async () => {
    await tenantStore.getState().act((t) => t.clearRejectedCalls());
    setCleared((n) => n + 1);
  };

  return (
    <section className="panel" aria-labelledby="rejected-heading">
      <div className="toolbar">
        <div className="tenant-toolbar-title">
          <h2 id="rejected-heading">{TENANT_PLACES.rejected}</h2>
          <p className="muted">
            Calls refused before any flow ran (wrong credentials, missing role, CSRF, unknown
            address, body too large). They have no message processing log.
          </p>
        </div>
        {calls.length > 0 && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => void clear()}>
            Clear rejected calls
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="empty">No rejected call.</p>
      ) : (
        <table className="table" aria-label={TENANT_PLACES.rejected}>
          <thead>
            <tr>
              <th>Time</th>
              <th>HTTP status</th>
              <th>Request</th>
              <th>Caller</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>{new Date(c.at).toLocaleString()}</td>
                <td className="tenant-nowrap">{statusLine(c.status)}</td>
                <td>
                  <span className="mono">
                    {c.method} {c.path}
                  </span>
                  {c.flowName && <div className="muted">{c.flowName}</div>}
                </td>
                <td className="mono">
                  {c.caller ?? <span className="muted">unknown</span>}
                  {c.caller && !c.callerVerified && <div className="muted">(not verified)</div>}
                </td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
