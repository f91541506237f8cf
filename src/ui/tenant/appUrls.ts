import { MPL_API_PATH } from '../../core/tenant/paths';

/**
 * The tenant's URLs as they work from where the user is: the app's own origin and base path
 * (the app is built with base "./"), where the app's Service Worker answers /http/… and
 * /oauth/token. The simulated host (ifs-tenant.local) is only CPI's runtime name, shown beside.
 */

/** The app's base URL ("http://127.0.0.1:4173/"), from the page's location. */
export function appBase(): string {
  return new URL('./', document.baseURI).href;
}

/** "http://127.0.0.1:4173/http/v1/test/hello" for address "/v1/test/hello". */
export function endpointUrlAt(base: string, address: string): string {
  return new URL(`http${address.startsWith('/') ? '' : '/'}${address}`, base).href;
}

/** "http://127.0.0.1:4173/oauth/token". */
export function tokenUrlAt(base: string): string {
  return new URL('oauth/token', base).href;
}

/** "http://127.0.0.1:4173/api/v1/MessageProcessingLogs". */
export function mplApiUrlAt(base: string): string {
  return new URL(MPL_API_PATH.slice(1), base).href;
}

export const appEndpointUrl = (address: string): string => endpointUrlAt(appBase(), address);
export const appTokenUrl = (): string => tokenUrlAt(appBase());
export const appMplApiUrl = (): string => mplApiUrlAt(appBase());

/**
 * The tenant path (with query) a URL typed in the test console means: a URL under the app's
 * base loses the base ("/app/http/x" → "/http/x"); any other URL keeps its path, so CPI-style
 * URLs (https://ifs-tenant.local/http/…) and bare paths work too.
 */
export function tenantPathOf(url: string, base: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed, base);
  } catch {
    return trimmed;
  }
  const b = new URL(base);
  const underBase = parsed.origin === b.origin && parsed.pathname.startsWith(b.pathname);
  const path = underBase ? `/${parsed.pathname.slice(b.pathname.length)}` : parsed.pathname;
  return `${path}${parsed.search}`;
}
