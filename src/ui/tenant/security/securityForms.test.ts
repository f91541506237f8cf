import { describe, expect, it } from 'vitest';
import { distinctProblems } from '../deployProblems';
import { assignableUsers, validityError } from './securityForms';

describe('security form helpers', () => {
  it('accepts whole seconds from 3600 to 86400 only', () => {
    expect(['3600', '86400', '7200'].map(validityError)).toEqual([undefined, undefined, undefined]);
    for (const bad of ['', '3599', '86401', '3600.5', 'abc'])
      expect(validityError(bad)).toMatch(/3600 to 86400/);
  });

  it('offers OAuth client users first, then users and certificate users, without duplicates', () => {
    expect(
      assignableUsers({
        clients: [{ userName: 'oauth_client_a' }],
        users: [{ name: 'bob' }],
        certificates: [{ user: 'bob' }, { user: 'carol' }],
      }),
    ).toEqual(['oauth_client_a', 'bob', 'carol']);
  });

  it('keeps one problem per element and field', () => {
    const p = (message: string, field?: string) => ({
      severity: 'error' as const,
      message,
      elementId: 'MF',
      elementKind: 'messageFlow' as const,
      ...(field ? { field } : {}),
    });
    expect(
      distinctProblems([p('a', 'address'), p('b', 'address'), p('c'), p('c')]).map(
        (x) => x.message,
      ),
    ).toEqual(['a', 'c']);
  });
});
