import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './router';
import { tenantRoutes } from '../tenant/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current hash, re-rendering on every change (for views that read their own sub-route). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, getHash);
}

/** The parsed current route. */
export function useRoute(): Route {
  const hash = useHash();
  return parseHash(
    hash,
    tenantRoutes.map((r) => r.path),
  );
}

/** Navigates to a `#/…` href (adds a history entry, so Back works). */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
