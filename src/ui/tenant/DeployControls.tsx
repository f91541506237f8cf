import { useEffect, useState } from 'react';
import { isModified, type DeployResult } from '../../core/tenant';
import { editorStore } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { tenantStore, useTenant } from '../../store/tenantStore';
import { alertError, toast } from '../shell/notify';
import { CopyButton } from './CopyButton';
import { DeployRefusedDialog } from './DeployRefusedDialog';
import { consoleHref } from './flowLinks';
import './tenant.css';

type Refusal = Extract<DeployResult, { ok: false }>;

/** Deploy / Undeploy for the open flow, its runtime status and endpoint (flow editor header). */
export default function DeployControls() {
  const flow = useEditor((s) => s.flow);
  const flowId = flow?.id ?? '';
  const deployment = useTenant((s) => s.deployments.find((d) => d.flowId === flowId));
  const loaded = useTenant((s) => s.loaded);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(() => void tenantStore.getState().load(), []);

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
    setBusy(true);
    try {
      if (await tenantStore.getState().undeploy(flowId)) toast(`Undeployed “${flow.name}”`);
    } finally {
      setBusy(false);
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
      {modified && <span className="tenant-modified">Modified since deployment</span>}
      <button
        type="button"
        className="ifs-btn"
        disabled={busy || !loaded}
        onClick={() => void deploy()}
      >
        Deploy
      </button>
      <button
        type="button"
        className="ifs-btn"
        disabled={busy || !deployment}
        onClick={() => void undeploy()}
      >
        Undeploy
      </button>
      {endpoint && (
        <>
          <code className="tenant-endpoint" title={endpoint.url}>
            {endpoint.url}
          </code>
          <CopyButton text={endpoint.url} label="Copy endpoint" />
          <a className="ifs-btn" href={consoleHref(flowId)}>
            Test in console
          </a>
        </>
      )}
      {refusal && <DeployRefusedDialog refusal={refusal} onClose={() => setRefusal(null)} />}
    </div>
  );
}
