import { useEffect, useRef, useState } from 'react';
import { isModified, type DeployResult } from '../../core/tenant';
import { editorStore } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { whenSettled } from '../../platform/whenIdle';
import { tenantStore, useTenantState } from '../../store/tenantStore';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { alertError, toast } from '../shell/notify';
import { appEndpointUrl } from './appUrls';
import { EndpointInHeader } from './EndpointInHeader';
import { DeployRefusedDialog } from './DeployRefusedDialog';
import { consoleHref } from './flowLinks';
import './tenant.css';

type Refusal = Extract<DeployResult, { ok: false }>;

/** Deploy / Undeploy for the open flow, its runtime status and endpoint (flow editor header). */
export default function DeployControls() {
  const flow = useEditor((s) => s.flow);
  const flowId = flow?.id ?? '';
  // Read without loading: the tenant loads when the page is idle (below), not before the
  // canvas is usable.
  const deployment = useTenantState((s) => s.deployments.find((d) => d.flowId === flowId));
  const loaded = useTenantState((s) => s.loaded);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirmUndeploy, setConfirmUndeploy] = useState(false);
  const deployButton = useRef<HTMLButtonElement>(null);
  // The tenant (about 35 KB gzip with its storage, schedules and sandbox client) loads a second
  // after the editor has drawn the flow and the page is idle, so it never competes with the
  // first click; until then the group says it is loading.
  useEffect(() => whenSettled(() => void tenantStore.getState().load(), 1000), []);

  if (!flow) return null;
  const modified = deployment ? isModified(flow, deployment) : false;
  const endpoint = deployment?.endpoints[0];

  const deploy = async () => {
    const current = editorStore.getState().flow;
    if (!current) return;
    setBusy(true);
    try {
      const result = await tenantStore.getState().deploy(current);
      if (result.ok) toast(`Deployed “${current.name}”`);
      else setRefusal(result);
    } catch (e) {
      alertError(`Deployment failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const undeploy = async () => {
    setConfirmUndeploy(false);
    setBusy(true);
    try {
      if (await tenantStore.getState().undeploy(flowId)) toast(`Undeployed “${flow.name}”`);
    } finally {
      setBusy(false);
      // Undeploy is disabled once drawn: the focus goes on to Deploy instead of the page.
      requestAnimationFrame(() => {
        const at = document.activeElement;
        if (at === document.body || (at as HTMLButtonElement | null)?.disabled)
          deployButton.current?.focus();
      });
    }
  };

  const status = !deployment ? 'Not deployed' : deployment.status;
  return (
    <div className="tenant-deploy" role="group" aria-label="Deployment">
      <span
        className={`tenant-status tenant-status--${deployment ? deployment.status.toLowerCase() : 'none'}`}
        title={
          deployment?.error ??
          (deployment ? `Deployed ${new Date(deployment.deployedAt).toLocaleString()}` : undefined)
        }
      >
        {loaded ? status : '…'}
      </span>
      {modified && (
        <span className="tenant-modified" title="Modified since deployment">
          Modified<span className="ifs-sr-only"> since deployment</span>
        </span>
      )}
      {/* Busy is aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
      <button
        ref={deployButton}
        type="button"
        className="ifs-btn"
        disabled={!loaded}
        aria-disabled={busy || undefined}
        onClick={() => void (busy || deploy())}
      >
        Deploy
      </button>
      <button
        type="button"
        className="ifs-btn"
        disabled={busy || !deployment}
        onClick={() => setConfirmUndeploy(true)}
      >
        Undeploy
      </button>
      {endpoint && (
        <>
          <EndpointInHeader url={appEndpointUrl(endpoint.address)} runtimeUrl={endpoint.url} />
          <a className="ifs-btn tenant-nowrap" href={consoleHref(flowId)}>
            Test in console
          </a>
        </>
      )}
      {refusal && <DeployRefusedDialog refusal={refusal} onClose={() => setRefusal(null)} />}
      {confirmUndeploy && (
        <ConfirmDialog
          title="Undeploy integration flow"
          confirmLabel="Undeploy"
          danger
          onCancel={() => setConfirmUndeploy(false)}
          onConfirm={() => void undeploy()}
        >
          <p>
            Undeploy <strong>“{flow.name}”</strong>? Its endpoint stops serving: calls answer{' '}
            <code>404 Not Found</code> until you deploy it again. The flow itself is kept.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
