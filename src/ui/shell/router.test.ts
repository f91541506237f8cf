import { describe, expect, it } from 'vitest';
import { flowHref, packageHref, parseHash, routeHref, type Route } from './router';

describe('parseHash', () => {
  it('maps the empty and root hashes to the package list', () => {
    expect(parseHash('')).toEqual({ name: 'packages' });
    expect(parseHash('#')).toEqual({ name: 'packages' });
    expect(parseHash('#/')).toEqual({ name: 'packages' });
    expect(parseHash('#/packages')).toEqual({ name: 'packages' });
  });

  it('parses package and flow routes and decodes ids', () => {
    expect(parseHash('#/packages/p1')).toEqual({ name: 'package', pkgId: 'p1' });
    expect(parseHash('#/packages/a%20b/flows/f%2F1')).toEqual({
      name: 'flow',
      pkgId: 'a b',
      flowId: 'f/1',
    });
    expect(parseHash('#/packages/p1/')).toEqual({ name: 'package', pkgId: 'p1' });
  });

  it('rejects malformed routes', () => {
    expect(parseHash('#/packages/p1/flows')).toMatchObject({ name: 'notFound' });
    expect(parseHash('#/packages/p1/other/x')).toMatchObject({ name: 'notFound' });
    expect(parseHash('#/packages/p1/flows/f/extra')).toMatchObject({ name: 'notFound' });
    expect(parseHash('#/packages/%E0%A4%A')).toMatchObject({ name: 'notFound' });
    expect(parseHash('#/nowhere')).toEqual({ name: 'notFound', hash: '#/nowhere' });
  });

  it('matches tenant paths by longest prefix and keeps the rest and query', () => {
    const paths = ['security', 'security/clients', 'monitor'];
    expect(parseHash('#/monitor', paths)).toEqual({
      name: 'tenant',
      path: 'monitor',
      rest: [],
      query: {},
    });
    expect(parseHash('#/security/clients/c1?tab=roles', paths)).toEqual({
      name: 'tenant',
      path: 'security/clients',
      rest: ['c1'],
      query: { tab: 'roles' },
    });
    expect(parseHash('#/monitoring', paths)).toMatchObject({ name: 'notFound' });
  });
});

describe('routeHref', () => {
  it('round-trips through parseHash', () => {
    const routes: Route[] = [
      { name: 'packages' },
      { name: 'package', pkgId: 'My Pkg' },
      { name: 'flow', pkgId: 'p/1', flowId: 'f?#1' },
      { name: 'tenant', path: 'monitor', rest: ['x y'], query: { flow: 'a&b' } },
    ];
    for (const r of routes) expect(parseHash(routeHref(r), ['monitor'])).toEqual(r);
  });

  it('builds readable hrefs', () => {
    expect(packageHref('p1')).toBe('#/packages/p1');
    expect(flowHref('p1', 'f1')).toBe('#/packages/p1/flows/f1');
  });
});
