import type { TenantStorage } from '../../core/tenant';
import type { TenantNotice } from './tenantChannel';

/** Token and CSRF writes happen on every call and concern nobody else: not announced. */
const QUIET = new Set(['tokens', 'csrfTokens']);

/**
 * Decorates a storage so every write is announced (coalesced per task) to other contexts and to
 * local listeners, which refresh their lists: the Monitor sees the Service Worker's calls.
 */
export function withChangeNotices(
  storage: TenantStorage,
  post: (notice: TenantNotice) => void,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
): TenantStorage {
  let pending: Set<string> | null = null;
  const changed = (collection: string) => {
    if (QUIET.has(collection)) return;
    if (!pending) {
      pending = new Set();
      schedule(() => {
        const collections = [...(pending ?? [])].sort();
        pending = null;
        post({ type: 'changed', collections });
      });
    }
    pending.add(collection);
  };
  return {
    get: (c, k) => storage.get(c, k),
    list: (c) => storage.list(c),
    async put(c, k, v) {
      await storage.put(c, k, v);
      changed(c);
    },
    async delete(c, k) {
      await storage.delete(c, k);
      changed(c);
    },
  };
}
