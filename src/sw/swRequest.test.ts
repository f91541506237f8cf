import { describe, expect, it } from 'vitest';
import { statusLine } from '../platform/tenant/httpStatus';
import { tenantPath, toResponse, toTenantRequest } from './swRequest';

const scope = new URL('http://127.0.0.1:5105/app/');

describe('Service Worker request mapping', () => {
  it('takes only same-origin /http/…, /oauth/token and the log API under the scope', () => {
    const at = (u: string) => tenantPath(new URL(u), scope);
    expect(at('http://127.0.0.1:5105/app/http/v1/test/hello')).toBe('/http/v1/test/hello');
    expect(at('http://127.0.0.1:5105/app/oauth/token?grant_type=client_credentials')).toBe(
      '/oauth/token',
    );
    expect(at("http://127.0.0.1:5105/app/api/v1/MessageProcessingLogs('AG1')")).toBe(
      "/api/v1/MessageProcessingLogs('AG1')",
    );
    expect(at('http://127.0.0.1:5105/app/api/v1/Other')).toBeNull();
    expect(at('http://127.0.0.1:5105/app/assets/index.js')).toBeNull();
    expect(at('http://127.0.0.1:5105/http/v1/test/hello')).toBeNull();
    expect(at('http://localhost:5105/app/http/v1/x')).toBeNull();
  });

  it('turns a fetch Request into a tenant request (lower-case headers, query, certificate)', async () => {
    const req = new Request('http://127.0.0.1:5105/app/http/v1/x?a=1', {
      method: 'post',
      headers: { Authorization: 'Bearer t', 'X-Client-Certificate-Subject': 'CN=a' },
      body: 'hello',
    });
    expect(await toTenantRequest(req, '/http/v1/x')).toEqual({
      method: 'POST',
      url: '/http/v1/x?a=1',
      headers: { authorization: 'Bearer t', 'content-type': 'text/plain;charset=UTF-8' },
      body: 'hello',
      clientCertificate: 'CN=a',
    });
  });

  it('a body that is not text reaches the tenant as its bytes, and bytes go back unchanged', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const req = new Request('http://127.0.0.1:5105/app/http/v1/x', {
      method: 'POST',
      headers: { 'Content-Type': 'application/zip' },
      body: bytes,
    });
    expect((await toTenantRequest(req, '/http/v1/x')).body).toEqual(bytes);
    const res = toResponse(
      { status: 200, headers: { 'Content-Type': 'application/zip' }, body: bytes },
      'POST',
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('answers with status, reason, headers and the log id; no body where HTTP has none', async () => {
    const res = toResponse(
      { status: 401, headers: { 'WWW-Authenticate': 'Basic' }, body: 'no', messageId: 'AG1' },
      'POST',
    );
    expect([res.status, res.statusText, await res.text()]).toEqual([401, 'Unauthorized', 'no']);
    expect(res.headers.get('www-authenticate')).toBe('Basic');
    expect(res.headers.get('SAP_MessageProcessingLogID')).toBe('AG1');
    expect(await toResponse({ status: 204, headers: {}, body: '' }, 'POST').text()).toBe('');
    expect(await toResponse({ status: 200, headers: {}, body: 'x' }, 'HEAD').text()).toBe('');
    expect([statusLine(200), statusLine(599)]).toEqual(['200 OK', '599']);
  });
});
