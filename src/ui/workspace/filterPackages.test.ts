import { describe, expect, it } from 'vitest';
import type { Package } from '../../core/workspace/package';
import { filterPackages, formatModified } from './filterPackages';

const pkg = (name: string, extra: Partial<Package> = {}): Package => ({
  id: name,
  name,
  technicalName: name.replace(/\s/g, ''),
  shortDescription: '',
  description: '',
  version: '1.0.0',
  vendor: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  modifiedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('filterPackages', () => {
  const all = [
    pkg('beta'),
    pkg('Alpha Tools', { vendor: 'ACME' }),
    pkg('gamma', { shortDescription: 'Hello demo' }),
  ];

  it('returns everything sorted by name for an empty query', () => {
    expect(filterPackages(all, '  ').map((p) => p.name)).toEqual(['Alpha Tools', 'beta', 'gamma']);
  });

  it('matches every word against name, technical name, description and vendor', () => {
    expect(filterPackages(all, 'acme').map((p) => p.name)).toEqual(['Alpha Tools']);
    expect(filterPackages(all, 'alphatools').map((p) => p.name)).toEqual(['Alpha Tools']);
    expect(filterPackages(all, 'HELLO demo').map((p) => p.name)).toEqual(['gamma']);
    expect(filterPackages(all, 'hello beta')).toEqual([]);
  });
});

describe('formatModified', () => {
  it('formats ISO dates and passes other text through', () => {
    expect(formatModified('2026-03-04T05:06:00.000Z', 'en-US')).toMatch(/Mar 4, 2026/);
    expect(formatModified('not a date')).toBe('not a date');
  });
});
