export const TENANT_CHANNEL_NAME = 'ifs-tenant';

/** What one context tells the others (tabs and the Service Worker) after changing the tenant. */
export type TenantNotice =
  { type: 'changed'; collections: string[] } | { type: 'clock'; offsetMs: number };

export interface TenantChannel {
  post(notice: TenantNotice): void;
  subscribe(listener: (notice: TenantNotice) => void): () => void;
  close(): void;
}

/**
 * BroadcastChannel("ifs-tenant"), opened on first use; a no-op where BroadcastChannel does not
 * exist. A context never hears its own posts, so listeners only see other contexts' changes.
 */
export function createTenantChannel(name: string = TENANT_CHANNEL_NAME): TenantChannel {
  let channel: BroadcastChannel | null = null;
  const get = () => {
    if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(name);
    return channel;
  };
  return {
    post: (notice) => get()?.postMessage(notice),
    subscribe(listener) {
      const c = get();
      if (!c) return () => {};
      const handler = (e: MessageEvent) => listener(e.data as TenantNotice);
      c.addEventListener('message', handler);
      return () => c.removeEventListener('message', handler);
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}
