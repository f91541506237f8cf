import type { Flow } from '../model/flow';
import type { Message } from '../model/message';
import type { HttpRequestInfo } from './types';

const matchers = new Map<string, (name: string) => boolean>();

/** The matcher of an Allowed Header(s) setting, compiled once (every request asks it per header). */
function allowedMatcher(allowedHeaders: string): (name: string) => boolean {
  let match = matchers.get(allowedHeaders);
  if (!match) {
    const patterns = allowedHeaders
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
    const re = patterns.length === 0 ? null : new RegExp(`^(?:${patterns.join('|')})$`, 'i');
    match = re ? (name) => re.test(name) : () => false;
    if (matchers.size >= 64) matchers.clear();
    matchers.set(allowedHeaders, match);
  }
  return match;
}

/** CPI's Allowed Header(s): comma-separated names, case-insensitive, `*` as wildcard. */
export function headerAllowed(name: string, allowedHeaders: string): boolean {
  return allowedMatcher(allowedHeaders)(name);
}

function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/**
 * The message the HTTPS sender adapter makes from a request, with CPI's Camel headers.
 * `address` is the adapter's address (e.g. "/v1/orders/*"); the request path is the part after
 * "/http" when the URL carries it.
 */
export function requestToMessage(flow: Flow, request: HttpRequestInfo, address: string): Message {
  const base = 'http://localhost';
  const url = new URL(request.url, base);
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(request.url);
  const path = decodeURIComponent(url.pathname);
  const contextPath = path.startsWith('/http/') ? path.slice('/http'.length) : path;
  const headers: Record<string, unknown> = {};

  const allowed = allowedMatcher(flow.settings.allowedHeaders);
  for (const name in request.headers) if (allowed(name)) headers[name] = request.headers[name];
  for (const [name, value] of url.searchParams) {
    const prior = headers[name];
    headers[name] =
      typeof prior === 'string' && url.searchParams.getAll(name).length > 1
        ? `${prior},${value}`
        : value;
  }
  headers.CamelHttpMethod = request.method.toUpperCase();
  headers.CamelHttpUrl = absolute ? `${url.origin}${url.pathname}` : url.pathname;
  if (url.search) headers.CamelHttpQuery = url.search.slice(1);
  headers.CamelServletContextPath = contextPath;
  if (address.endsWith('/*')) {
    const prefix = address.slice(0, -1);
    if (contextPath.startsWith(prefix)) headers.CamelHttpPath = contextPath.slice(prefix.length);
  }
  const contentType = findHeader(request.headers, 'Content-Type');
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  return { body: request.body, headers, properties: {} };
}
