import type { WorkspaceChannel, WorkspaceNotice } from '../store/workspace/types';

export const CHANNEL_NAME = 'ifs-workspace';

/**
 * Cross-tab notices over BroadcastChannel("ifs-workspace"), opened on first use so importing
 * this module has no side effect. A no-op where BroadcastChannel does not exist.
 */
export function createWorkspaceChannel(
  name: string = CHANNEL_NAME,
): WorkspaceChannel & { close(): void } {
  let channel: BroadcastChannel | null = null;
  const get = () => {
    if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(name);
    return channel;
  };
  return {
    post(notice: WorkspaceNotice) {
      get()?.postMessage(notice);
    },
    subscribe(listener) {
      const c = get();
      if (!c) return () => {};
      const handler = (e: MessageEvent) => listener(e.data as WorkspaceNotice);
      c.addEventListener('message', handler);
      return () => c.removeEventListener('message', handler);
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}
