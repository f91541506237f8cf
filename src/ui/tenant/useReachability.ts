import { useEffect, useState } from 'react';

/**
 * Whether a fetch of the tenant's URLs from this page reaches the tenant:
 * - 'ready': the app's Service Worker controls the page and answers them;
 * - 'starting': it is installing, or this page was loaded without it (first visit, hard reload);
 * - 'unavailable': no Service Worker here (insecure origin, or the browser has none).
 */
export type Reachability = 'ready' | 'starting' | 'unavailable';

function current(): Reachability {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return 'unavailable';
  if (!window.isSecureContext) return 'unavailable';
  return navigator.serviceWorker.controller ? 'ready' : 'starting';
}

export function useReachability(): Reachability {
  const [state, setState] = useState<Reachability>(current);
  useEffect(() => {
    if (current() === 'unavailable') return;
    const sw = navigator.serviceWorker;
    const update = () => setState(current());
    sw.addEventListener('controllerchange', update);
    // An active worker that does not control this page (hard reload) is asked to take it over.
    if (!sw.controller)
      void sw.ready.then((reg) => {
        reg.active?.postMessage({ type: 'claim' });
        update();
      });
    update();
    return () => sw.removeEventListener('controllerchange', update);
  }, []);
  return state;
}
