import { describe, expect, it } from 'vitest';
import {
  basicAuth,
  buildRequest,
  emptyForm,
  firstHeaderError,
  headerRowError,
  forHistory,
  tokenRequest,
  withHeader,
} from './consoleModel';
import { parseTokenResponse, tokenKey, usableToken } from './tokenCache';

const form = (patch: Partial<ReturnType<typeof emptyForm>> = {}) => ({
  ...emptyForm('https://ifs-tenant.local/oauth/token'),
  url: 'https://ifs-tenant.local/http/v1/test/hello',
  body: 'hi',
  ...patch,
});

describe('console requests', () => {
  it('encodes Basic credentials as UTF-8', () => {
    expect(basicAuth('apimconnectivity', 's3cret')).toBe(
      `Basic ${btoa('apimconnectivity:s3cret')}`,
    );
    expect(atob(basicAuth('ü', 'x').slice(6))).toBe('\u00c3\u00bc:x');
  });

  it('sends a chosen file instead of the text: its bytes with its type, text for a text type', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const req = buildRequest(
      form({ file: { name: 'a.zip', type: 'application/zip', bytes: zip } }),
    );
    expect(req.body).toEqual(zip);
    expect(req.headers['Content-Type']).toBe('application/zip');
    const typed = buildRequest(
      form({
        headers: [{ name: 'content-type', value: 'text/plain', enabled: true }],
        file: { name: 'a.txt', type: '', bytes: new TextEncoder().encode('Grüße') },
      }),
    );
    expect([typed.body, typed.headers['Content-Type']]).toEqual(['Grüße', undefined]);
    const unknown = buildRequest(form({ file: { name: 'x', type: '', bytes: zip } }));
    expect(unknown.headers['Content-Type']).toBe('application/octet-stream');
    expect(
      buildRequest(form({ method: 'GET', file: { name: 'x', type: '', bytes: zip } })).body,
    ).toBe('');
    expect(forHistory(form({ file: { name: 'x', type: '', bytes: zip } }))).not.toHaveProperty(
      'file',
    );
  });

  it('adds the Authorization of the chosen type; a typed header wins; GET drops the body', () => {
    const f = form();
    expect(buildRequest(f).headers).toEqual({});
    expect(
      buildRequest({ ...f, auth: { ...f.auth, type: 'basic', user: 'u', password: 'p' } }).headers
        .Authorization,
    ).toBe(basicAuth('u', 'p'));
    expect(
      buildRequest({ ...f, auth: { ...f.auth, type: 'bearer', token: ' t ' } }).headers
        .Authorization,
    ).toBe('Bearer t');
    const oauth = { ...f, auth: { ...f.auth, type: 'oauth' as const } };
    expect(buildRequest(oauth, 'tok').headers.Authorization).toBe('Bearer tok');
    const typed = {
      ...oauth,
      headers: [{ name: 'authorization', value: 'Bearer mine', enabled: true }],
    };
    expect(buildRequest(typed, 'tok').headers).toEqual({ authorization: 'Bearer mine' });
    const off = { ...f, headers: [{ name: 'X-A', value: '1', enabled: false }] };
    expect(buildRequest(off).headers).toEqual({});
    expect(buildRequest({ ...f, method: 'get' })).toMatchObject({ method: 'GET', body: '' });
    expect(buildRequest({ ...f, clientCertificate: 'CN=a' }).clientCertificate).toBe('CN=a');
  });

  it('asks for client credentials at the token URL with Basic client id and secret', () => {
    const auth = {
      ...emptyForm('https://ifs-tenant.local/oauth/token').auth,
      clientId: 'c',
      clientSecret: 's',
    };
    expect(tokenRequest(auth)).toEqual({
      method: 'POST',
      url: '/oauth/token?grant_type=client_credentials',
      headers: { Authorization: basicAuth('c', 's') },
      body: '',
    });
    expect(tokenRequest({ ...auth, tokenUrl: '/oauth/token?grant_type=x' }).url).toBe(
      '/oauth/token?grant_type=x',
    );
  });

  it('keeps no secrets in the history and sets headers case-insensitively', () => {
    const f = form({
      headers: [{ name: 'Authorization', value: 'Bearer x', enabled: true }],
      auth: { ...form().auth, password: 'p', clientSecret: 's', token: 't' },
    });
    const h = forHistory(f);
    expect([h.auth.password, h.auth.clientSecret, h.auth.token, h.headers[0]?.value]).toEqual([
      '',
      '',
      '',
      '',
    ]);
    const rows = withHeader(
      [{ name: 'x-csrf-token', value: 'old', enabled: false }],
      'X-CSRF-Token',
      'new',
    );
    expect(rows).toEqual([{ name: 'x-csrf-token', value: 'new', enabled: true }]);
    expect(withHeader([], 'A', '1')).toEqual([{ name: 'A', value: '1', enabled: true }]);
  });
});

describe('token cache', () => {
  const key = tokenKey('u', 'c', 's');
  it('reuses a token until 5 s before expiry, only for the same client and secret', () => {
    const t = parseTokenResponse('{"access_token":"a","expires_in":3600}', 0, key);
    expect(t).toEqual({ token: 'a', expiresAt: 3_600_000, key });
    expect(usableToken(t, key, 3_594_999)).toBe('a');
    expect(usableToken(t, key, 3_595_000)).toBeNull();
    expect(usableToken(t, tokenKey('u', 'c', 'other'), 0)).toBeNull();
    expect(parseTokenResponse('not json', 0, key)).toBeNull();
    expect(parseTokenResponse('{"error":"invalid_client"}', 0, key)).toBeNull();
  });
});

describe('header rows', () => {
  it('refuses a name that is no HTTP token and a value beyond Latin-1; skips an empty name', () => {
    const row = (name: string, value = 'v') => ({ name, value, enabled: true });
    expect(headerRowError(row('X-Order-Id'))).toBeNull();
    expect(headerRowError(row('  '))).toBeNull();
    expect(headerRowError(row('My Header'))).toEqual({
      field: 'name',
      message: expect.stringMatching(/^A header name holds only letters/),
    });
    expect(headerRowError(row('Über'))?.field).toBe('name');
    expect(headerRowError(row('X-Price', 'été 12 €'))).toEqual({
      field: 'value',
      message: expect.stringMatching(/^A header value holds only Latin-1/),
    });
    expect(headerRowError(row('X-Note', 'été\tok'))).toBeNull();
    expect(
      firstHeaderError(form({ headers: [{ ...row('Off Row'), enabled: false }, row('Bad Row')] })),
    ).toEqual({ index: 1, field: 'name', message: expect.stringMatching(/^A header name/) });
  });
});
