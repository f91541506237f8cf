import { CopyButton } from './CopyButton';
import { useReachability } from './useReachability';

/**
 * A tenant URL as it works from here (the app's origin), with a copy button, and the simulated
 * tenant's runtime URL beside it (CPI's name for the same endpoint, not reachable itself).
 */
export function TenantUrl({
  url,
  runtimeUrl,
  copyLabel,
}: {
  url: string;
  runtimeUrl: string;
  copyLabel: string;
}) {
  return (
    <span className="tenant-url-pair">
      <span className="tenant-endpoint-row">
        <code className="mono">{url}</code>
        <CopyButton text={url} label={copyLabel} />
      </span>
      <span className="muted tenant-runtime-name">
        CPI runtime: <span className="mono">{runtimeUrl}</span>
      </span>
    </span>
  );
}

/** Says whether a fetch of the URLs shown reaches the tenant from this browser, and why not. */
export function ReachabilityNote() {
  const state = useReachability();
  return (
    <p className={`tenant-reach tenant-reach--${state}`} role="status">
      {state === 'ready' && (
        <>
          Reachable from this browser: the app&apos;s Service Worker answers these URLs (fetch from
          this page or its console, or open them in a tab). Outside this browser (curl, Postman)
          they do not reach the simulated tenant.
        </>
      )}
      {state === 'starting' && (
        <>
          The app&apos;s Service Worker is starting: until it controls this page, a fetch of these
          URLs is not answered by the tenant.{' '}
          <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
            Reload page
          </button>
        </>
      )}
      {state === 'unavailable' && (
        <>
          This page cannot use a Service Worker (it needs https, localhost or 127.0.0.1), so these
          URLs work only from the Test Console.
        </>
      )}
    </p>
  );
}
