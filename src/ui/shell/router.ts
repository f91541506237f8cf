// Hash routing, kept pure so it is unit-tested without a browser. Hash routes work from any
// static host (and from `vite preview`) without server rewrites.

export type Route =
  | { name: 'packages' }
  | { name: 'package'; pkgId: string }
  | { name: 'flow'; pkgId: string; flowId: string }
  | { name: 'tenant'; path: string; rest: string[]; query: Record<string, string> }
  | { name: 'notFound'; hash: string };

function splitSegments(path: string): string[] | null {
  const parts = path.split('/').filter((p) => p !== '');
  try {
    return parts.map((p) => decodeURIComponent(p));
  } catch {
    return null; // malformed percent-encoding
  }
}

function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) out[k] = v;
  return out;
}

/**
 * Parses `#/…` into a route. `tenantPaths` are the tenant views' paths (e.g. "monitor",
 * "security/clients"); the longest matching prefix wins so nested tenant paths work.
 */
export function parseHash(hash: string, tenantPaths: readonly string[] = []): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const queryPart = q < 0 ? '' : raw.slice(q + 1);
  const segs = splitSegments(pathPart);
  if (segs === null) return { name: 'notFound', hash };
  if (segs.length === 0) return { name: 'packages' };
  if (segs[0] === 'packages') {
    const [, pkgId, flows, flowId] = segs;
    if (segs.length === 1) return { name: 'packages' };
    if (pkgId && segs.length === 2) return { name: 'package', pkgId };
    if (pkgId && flows === 'flows' && flowId && segs.length === 4) {
      return { name: 'flow', pkgId, flowId };
    }
    return { name: 'notFound', hash };
  }
  const sorted = [...tenantPaths].sort((a, b) => b.length - a.length);
  for (const path of sorted) {
    const pSegs = path.split('/').filter((p) => p !== '');
    if (pSegs.length > 0 && pSegs.every((p, i) => segs[i] === p)) {
      return { name: 'tenant', path, rest: segs.slice(pSegs.length), query: parseQuery(queryPart) };
    }
  }
  return { name: 'notFound', hash };
}

const enc = encodeURIComponent;

/** The `#/…` href of a route (for links and `navigate`). */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'packages':
      return '#/';
    case 'package':
      return `#/packages/${enc(route.pkgId)}`;
    case 'flow':
      return `#/packages/${enc(route.pkgId)}/flows/${enc(route.flowId)}`;
    case 'tenant': {
      const rest = route.rest.map(enc).join('/');
      const q = new URLSearchParams(route.query).toString();
      return `#/${route.path}${rest ? `/${rest}` : ''}${q ? `?${q}` : ''}`;
    }
    case 'notFound':
      return route.hash;
  }
}

export const packagesHref = (): string => routeHref({ name: 'packages' });
export const packageHref = (pkgId: string): string => routeHref({ name: 'package', pkgId });
export const flowHref = (pkgId: string, flowId: string): string =>
  routeHref({ name: 'flow', pkgId, flowId });
