import { describe, expect, it } from 'vitest';
import { addressesConflict, addressMatches } from './address';

describe('addressMatches', () => {
  it('matches exact addresses case-insensitively', () => {
    expect(addressMatches('/v1/test/hello', '/v1/test/hello')).toBe(true);
    expect(addressMatches('/v1/test/hello', '/V1/Test/HELLO')).toBe(true);
    expect(addressMatches('/v1/test/hello', '/v1/test/hello/x')).toBe(false);
    expect(addressMatches('/v1/test/hello', '/v1/test')).toBe(false);
  });

  it('treats a trailing /* as any deeper path', () => {
    expect(addressMatches('/orders/*', '/orders/1')).toBe(true);
    expect(addressMatches('/orders/*', '/ORDERS/1/items')).toBe(true);
    expect(addressMatches('/orders/*', '/orders/')).toBe(false);
    expect(addressMatches('/orders/*', '/orders')).toBe(false);
    expect(addressMatches('/orders/*', '/ordersx/1')).toBe(false);
  });
});

describe('addressesConflict', () => {
  it.each([
    ['/a', '/a', true],
    ['/a', '/A', true],
    ['/a', '/b', false],
    ['/a/*', '/a/b', true],
    ['/a/b', '/A/*', true],
    ['/a/*', '/a/*', true],
    ['/a/*', '/A/B/*', true],
    ['/a/*', '/a', false],
    ['/a/*', '/b/*', false],
    ['/ab/*', '/a/*', false],
  ])('%s vs %s → %s', (a, b, conflict) => {
    expect(addressesConflict(a, b)).toBe(conflict);
    expect(addressesConflict(b, a)).toBe(conflict);
  });
});
