import { describe, expect, it } from 'vitest';
import { CliError } from '../cliError';
import { parseTenantFile } from './tenantFile';

const hash = {
  algorithm: 'PBKDF2-SHA256',
  iterations: 1000,
  salt: 'c2FsdHNhbHQ',
  hash: 'DC2RgKNEBJq9ony5-sAueHx4wa9BJiW6p189OV1Dgk4',
};

/** The one-line error parseTenantFile gives for a text. */
function errorOf(text: string): string {
  try {
    parseTenantFile(text, 'tenant.json');
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).message;
  }
  throw new Error('accepted');
}

describe('tenant file', () => {
  it('reads clients and roles (a byte order mark is fine)', () => {
    const file = parseTenantFile(
      '\uFEFF' +
        JSON.stringify({
          clients: [{ clientId: 'c1', secretHash: hash }],
          roles: [{ user: 'oauth_client_c1', roles: ['ESBMessaging.send'] }],
        }),
      'tenant.json',
    );
    expect(file.clients.map((c) => c.clientId)).toEqual(['c1']);
  });

  it('a JSON error names line and column but never echoes the file (it may hold a secret)', () => {
    const text = '{"clients": [{"clientId": "c1", "secretHash": my-plain-secret}]}';
    const message = errorOf(text);
    expect(message).toMatch(/^tenant\.json: not valid JSON \(line 1, column 47\)/);
    expect(message).not.toContain('plain');
    expect(errorOf('my-plain-secret')).not.toContain('plain');
  });

  it('a bad client: the field and the cause, in words', () => {
    expect(errorOf(JSON.stringify({ clients: [{ clientId: 'c1', secret: 'x' }] }))).toBe(
      'tenant.json: clients[0].secretHash: is required (a secret is stored hashed: make the secretHash with "ifs hash-secret")',
    );
    expect(errorOf(JSON.stringify({ clients: [{ secretHash: hash }] }))).toBe(
      'tenant.json: clients[0].clientId: is required',
    );
    const badHash = errorOf(
      JSON.stringify({ clients: [{ clientId: 'c1', secretHash: { ...hash, hash: 'plain' } }] }),
    );
    expect(badHash).toMatch(/clients\[0\]\.secretHash\.hash: base64url SHA-256/);
    expect(badHash).not.toContain('plain"');
    expect(
      errorOf(
        JSON.stringify({
          clients: [
            { clientId: 'c1', secretHash: hash },
            { clientId: 'c1', secretHash: hash },
          ],
        }),
      ),
    ).toBe('tenant.json: client "c1" appears twice');
    expect(
      errorOf(JSON.stringify({ roles: [{ user: 'oauth_client_nobody', roles: ['x'] }] })),
    ).toBe('tenant.json: roles for "oauth_client_nobody" name a client the file does not define');
  });
});
