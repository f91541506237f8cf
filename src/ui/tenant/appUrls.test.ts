import { describe, expect, it } from 'vitest';
import { endpointUrlAt, mplApiUrlAt, tenantPathOf, tokenUrlAt } from './appUrls';

describe('the URLs the app shows', () => {
  it('are on the app origin and base path', () => {
    expect(endpointUrlAt('http://127.0.0.1:4173/', '/v1/test/hello')).toBe(
      'http://127.0.0.1:4173/http/v1/test/hello',
    );
    expect(tokenUrlAt('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/oauth/token');
    expect(endpointUrlAt('https://example.org/studio/', '/orders/*')).toBe(
      'https://example.org/studio/http/orders/*',
    );
    expect(tokenUrlAt('https://example.org/studio/')).toBe(
      'https://example.org/studio/oauth/token',
    );
    expect(mplApiUrlAt('https://example.org/studio/')).toBe(
      'https://example.org/studio/api/v1/MessageProcessingLogs',
    );
  });

  it('map back to the tenant path in the console, from any form the user pastes', () => {
    const base = 'https://example.org/studio/';
    expect(tenantPathOf('https://example.org/studio/http/v1/x?a=1', base)).toBe('/http/v1/x?a=1');
    expect(tenantPathOf('https://ifs-tenant.local/http/v1/x', base)).toBe('/http/v1/x');
    expect(tenantPathOf('/http/v1/x', 'http://127.0.0.1:4173/')).toBe('/http/v1/x');
    expect(tenantPathOf('./oauth/token?grant_type=client_credentials', base)).toBe(
      '/oauth/token?grant_type=client_credentials',
    );
    expect(tenantPathOf(' http://127.0.0.1:4173/oauth/token ', 'http://127.0.0.1:4173/')).toBe(
      '/oauth/token',
    );
  });
});
