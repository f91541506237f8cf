import {
  addressMatches,
  isCredentialHeader,
  type Deployment,
  type Endpoint,
  type TenantRequest,
} from '../../../core/tenant';
import { header } from '../../../core/tenant/http';
import { requestBody } from '../../../core/tenant/body';
import { tenantPathOf } from '../appUrls';

export type AuthType = 'none' | 'basic' | 'bearer' | 'oauth';

export const AUTH_OPTIONS: { value: AuthType; label: string }[] = [
  { value: 'none', label: 'No Auth' },
  { value: 'basic', label: 'Basic Auth' },
  { value: 'bearer', label: 'Bearer Token' },
  { value: 'oauth', label: 'OAuth 2.0 Client Credentials' },
];

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export interface HeaderRow {
  name: string;
  value: string;
  enabled: boolean;
}

export interface ConsoleAuth {
  type: AuthType;
  user: string;
  password: string;
  token: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

/** A file chosen as the request body (sent instead of the text body). */
export interface BodyFile {
  name: string;
  /** The browser's type for it ("" when it does not know). */
  type: string;
  bytes: Uint8Array;
}

/** The console's request form. */
export interface ConsoleForm {
  method: string;
  url: string;
  headers: HeaderRow[];
  body: string;
  /** Sent as the body instead of `body`; kept in this page's memory only, not in the history. */
  file?: BodyFile;
  auth: ConsoleAuth;
  clientCertificate: string;
  /**
   * Send fetches a CSRF token first (GET with X-CSRF-Token: Fetch) when the endpoint is CSRF
   * protected and no token header is set. Missing in older history entries: on.
   */
  autoCsrf?: boolean;
}

/** RFC 9110's token: what a header name may hold. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Why a header row cannot be sent as it is (an HTTP client such as fetch or Postman refuses it
 * too), or null. A row without a name is skipped, not an error.
 */
export function headerRowError(
  row: HeaderRow,
): { field: 'name' | 'value'; message: string } | null {
  const name = row.name.trim();
  if (!name) return null;
  if (!TOKEN.test(name))
    return {
      field: 'name',
      message:
        "A header name holds only letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (no spaces)",
    };
  if (/[^\t\x20-\x7e\x80-\xff]/.test(row.value))
    return {
      field: 'value',
      message:
        'A header value holds only Latin-1 characters (no line breaks; encode others, e.g. as %E2%82%AC)',
    };
  return null;
}

/** The first enabled header row that cannot be sent, with its message. */
export function firstHeaderError(
  form: ConsoleForm,
): { index: number; field: 'name' | 'value'; message: string } | null {
  for (const [index, row] of form.headers.entries()) {
    const error = row.enabled ? headerRowError(row) : null;
    if (error) return { index, ...error };
  }
  return null;
}

export function emptyForm(tokenUrl = ''): ConsoleForm {
  return {
    method: 'POST',
    url: '',
    headers: [],
    body: '',
    auth: {
      type: 'none',
      user: '',
      password: '',
      token: '',
      tokenUrl,
      clientId: '',
      clientSecret: '',
    },
    clientCertificate: '',
    autoCsrf: true,
  };
}

/** "Basic base64(user:password)", UTF-8 safe. */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());

/**
 * The tenant request the form describes. `bearer` is the token to send for OAuth (fetched by
 * the caller); an Authorization header typed in the table wins over the Authorization tab.
 */
export function buildRequest(form: ConsoleForm, bearer?: string, base?: string): TenantRequest {
  const headers: Record<string, string> = {};
  for (const h of form.headers) if (h.enabled && h.name.trim()) headers[h.name.trim()] = h.value;
  if (!hasHeader(headers, 'Authorization')) {
    const { auth } = form;
    if (auth.type === 'basic') headers.Authorization = basicAuth(auth.user, auth.password);
    if (auth.type === 'bearer' && auth.token.trim())
      headers.Authorization = `Bearer ${auth.token.trim()}`;
    if (auth.type === 'oauth' && bearer) headers.Authorization = `Bearer ${bearer}`;
  }
  const method = form.method.toUpperCase();
  const bodyless = method === 'GET' || method === 'HEAD';
  let body: string | Uint8Array = bodyless ? '' : form.body;
  if (!bodyless && form.file) {
    // As a browser posts a file: its own type unless a Content-Type row says otherwise; the
    // tenant then gets text or the bytes as over HTTP (see requestBody).
    if (!hasHeader(headers, 'Content-Type'))
      headers['Content-Type'] = form.file.type || 'application/octet-stream';
    body = requestBody(form.file.bytes, header(headers, 'Content-Type'));
  }
  return {
    method,
    url: base ? tenantPathOf(form.url, base) : form.url.trim(),
    headers,
    body,
    ...(form.clientCertificate ? { clientCertificate: form.clientCertificate } : {}),
  };
}

/** The token request of OAuth 2.0 client credentials, as Postman sends it. */
export function tokenRequest(auth: ConsoleAuth, base?: string): TenantRequest {
  const typed = auth.tokenUrl.trim() || '/oauth/token';
  const url = new URL(base ? tenantPathOf(typed, base) : typed, 'https://tenant.invalid');
  if (!url.searchParams.has('grant_type')) url.searchParams.set('grant_type', 'client_credentials');
  return {
    method: 'POST',
    url: `${url.pathname}${url.search}`,
    headers: { Authorization: basicAuth(auth.clientId, auth.clientSecret) },
    body: '',
  };
}

/** The form as kept in the history: passwords, secrets and credential headers are left out. */
export function forHistory(form: ConsoleForm): ConsoleForm {
  // A chosen file stays out of the history (it may be large); the text body is kept.
  const { file: _file, ...rest } = form;
  return {
    ...rest,
    headers: form.headers.map((h) => (isCredentialHeader(h.name) ? { ...h, value: '' } : { ...h })),
    auth: { ...form.auth, password: '', clientSecret: '', token: '' },
  };
}

/** Sets (or adds) a header row, case-insensitively by name. */
export function withHeader(rows: HeaderRow[], name: string, value: string): HeaderRow[] {
  const i = rows.findIndex((r) => r.name.toLowerCase() === name.toLowerCase());
  if (i < 0) return [...rows, { name, value, enabled: true }];
  return rows.map((r, j) => (j === i ? { ...r, value, enabled: true } : r));
}

const MODIFYING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isModifying = (method: string): boolean => MODIFYING.has(method.toUpperCase());

/** Whether the form already sends a CSRF token of its own (an enabled, filled header row). */
export function hasCsrfHeader(form: ConsoleForm): boolean {
  return form.headers.some(
    (h) =>
      h.enabled &&
      h.name.trim().toLowerCase() === 'x-csrf-token' &&
      h.value.trim() !== '' &&
      h.value.trim().toLowerCase() !== 'fetch',
  );
}

/** The deployed endpoint a tenant path ("/http/v1/x?a=1") reaches, if any. */
export function endpointFor(path: string, deployments: Deployment[]): Endpoint | undefined {
  const bare = path.split('?')[0] ?? '';
  if (!bare.toLowerCase().startsWith('/http/')) return undefined;
  const address = bare.slice('/http'.length);
  for (const d of deployments) {
    if (d.status !== 'Started') continue;
    const e = d.endpoints.find((x) => addressMatches(x.address, address));
    if (e) return e;
  }
  return undefined;
}

/** Whether Send must fetch a CSRF token first for this request. */
export function needsCsrfFetch(form: ConsoleForm, endpoint: Endpoint | undefined): boolean {
  return (
    form.autoCsrf !== false &&
    isModifying(form.method) &&
    !!endpoint?.config.csrfProtected &&
    !hasCsrfHeader(form)
  );
}

/** The request with its X-CSRF-Token header set (any other spelling of the name removed). */
export function withCsrf(req: TenantRequest, token: string): TenantRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (k.toLowerCase() !== 'x-csrf-token') headers[k] = v;
  headers['X-CSRF-Token'] = token;
  return { ...req, headers };
}

/** The CSRF fetch of a request: GET to the same URL, same identity, X-CSRF-Token: Fetch. */
export function csrfFetchRequest(req: TenantRequest): TenantRequest {
  return { ...withCsrf(req, 'Fetch'), method: 'GET', body: '' };
}

/** The token an answer carries in X-CSRF-Token (not "Required"), if any. */
export function csrfTokenOf(headers: Record<string, string>): string | undefined {
  const v = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-csrf-token')?.[1];
  return v && v.toLowerCase() !== 'required' ? v : undefined;
}
