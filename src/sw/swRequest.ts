import type { TenantRequest, TenantResponse } from '../core/tenant';
import { isTenantPath } from '../core/tenant/paths';
import { header } from '../core/tenant/http';
import { requestBody } from '../core/tenant/body';
import { statusText } from '../platform/tenant/httpStatus';

/**
 * The tenant path of a same-origin URL under the app's scope ("/http/…", "/oauth/token" or the
 * message processing log API),
 * or null when the Service Worker should leave the request to the network.
 */
export function tenantPath(url: URL, scope: URL): string | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const rest = `/${url.pathname.slice(scope.pathname.length)}`;
  return isTenantPath(rest) ? rest : null;
}

/** Simulated TLS: the caller names its client certificate's subject in this header. */
export const CLIENT_CERT_HEADER = 'x-client-certificate-subject';

/** A fetch Request as the tenant sees it. */
export async function toTenantRequest(request: Request, path: string): Promise<TenantRequest> {
  const headers: Record<string, string> = {};
  let cert: string | undefined;
  request.headers.forEach((value, name) => {
    if (name === CLIENT_CERT_HEADER) cert = value;
    else headers[name] = value;
  });
  const method = request.method.toUpperCase();
  // Text for text types, the bytes unchanged for any other (a ZIP posted to a flow).
  const body =
    method === 'GET' || method === 'HEAD'
      ? ''
      : requestBody(new Uint8Array(await request.arrayBuffer()), header(headers, 'content-type'));
  const query = new URL(request.url).search;
  return {
    method,
    url: `${path}${query}`,
    headers,
    body,
    ...(cert ? { clientCertificate: cert } : {}),
  };
}

const NO_BODY = new Set([101, 204, 205, 304]);

/** The tenant's answer as a real HTTP response (no body where HTTP forbids one). */
export function toResponse(res: TenantResponse, method: string): Response {
  const headers = new Headers(res.headers);
  if (res.messageId) headers.set('SAP_MessageProcessingLogID', res.messageId);
  const bodyless = NO_BODY.has(res.status) || method.toUpperCase() === 'HEAD';
  // A binary body goes out byte for byte (its own copy: a Response takes an ArrayBuffer view).
  const body = typeof res.body === 'string' ? res.body : new Uint8Array(res.body);
  return new Response(bodyless ? null : body, {
    status: res.status,
    statusText: statusText(res.status),
    headers,
  });
}
