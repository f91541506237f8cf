import type { TenantRequest } from '../../../core/tenant';

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

/** The console's request form. */
export interface ConsoleForm {
  method: string;
  url: string;
  headers: HeaderRow[];
  body: string;
  auth: ConsoleAuth;
  clientCertificate: string;
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
export function buildRequest(form: ConsoleForm, bearer?: string): TenantRequest {
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
  return {
    method,
    url: form.url.trim(),
    headers,
    body: bodyless ? '' : form.body,
    ...(form.clientCertificate ? { clientCertificate: form.clientCertificate } : {}),
  };
}

/** The token request of OAuth 2.0 client credentials, as Postman sends it. */
export function tokenRequest(auth: ConsoleAuth): TenantRequest {
  const url = new URL(auth.tokenUrl.trim() || '/oauth/token', 'https://tenant.invalid');
  if (!url.searchParams.has('grant_type')) url.searchParams.set('grant_type', 'client_credentials');
  return {
    method: 'POST',
    url: `${url.pathname}${url.search}`,
    headers: { Authorization: basicAuth(auth.clientId, auth.clientSecret) },
    body: '',
  };
}

/** The form as kept in the history: passwords and secrets are left out. */
export function forHistory(form: ConsoleForm): ConsoleForm {
  return {
    ...form,
    headers: form.headers.map((h) =>
      h.name.toLowerCase() === 'authorization' ? { ...h, value: '' } : { ...h },
    ),
    auth: { ...form.auth, password: '', clientSecret: '', token: '' },
  };
}

/** Sets (or adds) a header row, case-insensitively by name. */
export function withHeader(rows: HeaderRow[], name: string, value: string): HeaderRow[] {
  const i = rows.findIndex((r) => r.name.toLowerCase() === name.toLowerCase());
  if (i < 0) return [...rows, { name, value, enabled: true }];
  return rows.map((r, j) => (j === i ? { ...r, value, enabled: true } : r));
}
