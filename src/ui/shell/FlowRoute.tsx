import { lazy, Suspense, useEffect, useState } from 'react';
import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import { flowHref, packageHref } from './router';
import { useFlowTitle } from './useFlowTitle';

// Lazy so the canvas (and everything it pulls in) stays out of the initial bundle.
const FlowEditor = lazy(() => import('../editor/FlowEditor'));

type Status = 'loading' | 'ready' | 'missing' | 'failed';

// Opening and closing run one after another, so leaving flow A for flow B (or React's
// StrictMode re-running the effect) can never close B after it was opened.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}

/** Opens the flow in the stores, then shows the editor. */
export function FlowRoute({ pkgId, flowId }: { pkgId: string; flowId: string }) {
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');
  const openId = useWorkspace((s) => s.current?.flowId ?? null);
  const openPkg = useWorkspace((s) => s.current?.packageId ?? null);
  useFlowTitle();

  // A link with the wrong package id still opens the flow; the address is corrected in place.
  useEffect(() => {
    if (status === 'ready' && openId === flowId && openPkg && openPkg !== pkgId) {
      window.location.replace(flowHref(openPkg, flowId));
    }
  }, [status, openId, openPkg, flowId, pkgId]);

  useEffect(() => {
    let live = true;
    setStatus('loading');
    serial(() => workspaceStore.getState().openFlow(flowId))
      .then((found) => live && setStatus(found ? 'ready' : 'missing'))
      .catch((e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('failed');
      });
    return () => {
      live = false;
      // Leaving the editor saves and closes the flow (kept open while a conflict is unresolved).
      void serial(() => workspaceStore.getState().closeFlow());
    };
  }, [flowId]);

  if (status === 'loading') return <p className="center-state">Loading…</p>;
  if (status === 'missing' || status === 'failed' || openId !== flowId) {
    return (
      <div className="center-state" role="alert">
        <h1>
          {status === 'failed' ? 'The flow could not be opened' : 'Integration flow not found'}
        </h1>
        <p>
          {status === 'failed'
            ? error
            : `There is no integration flow with ID “${flowId}”. It may have been deleted.`}{' '}
          <a href={packageHref(pkgId)}>Back to the package</a>
        </p>
      </div>
    );
  }
  return (
    // A sized, positioned box: the editor fills it (height: 100%).
    <div className="flow-route">
      <Suspense fallback={<p className="center-state">Loading editor…</p>}>
        <FlowEditor />
      </Suspense>
    </div>
  );
}
