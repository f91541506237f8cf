import { serveScriptRuns } from '../../sw/scriptDelegate';

/**
 * Registers the tenant's Service Worker (sw.js beside index.html, scope = the app's base) so
 * `fetch("./http/…")` and `fetch("./oauth/token")` reach the simulated tenant. Browsers allow
 * Service Workers only in secure contexts (https, localhost, 127.0.0.1); elsewhere, or when
 * registration fails, the app works without it and nothing is reported.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const { protocol, hostname } = window.location;
  const local = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  if (!(protocol === 'https:' || (protocol === 'http:' && local))) return;
  // The worker hands script runs to this tab, whose sandbox worker has a watchdog.
  serveScriptRuns(navigator.serviceWorker, async () => {
    const { getSandbox } = await import('../../sandbox/client');
    return (options) => getSandbox().run(options);
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
}
