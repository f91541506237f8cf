// Test helpers: a tenant runtime over fake IndexedDB with a stub script runner.
import type { ScriptRunner } from '../../core/script/types';
import { createIdbTenantStorage } from './idbTenantStorage';
import type { TenantChannel, TenantNotice } from './tenantChannel';
import { createTenantRuntime } from './tenantRuntime';

/** Sets the walkthrough's body, as the Hello World script does. */
export const helloRunner: ScriptRunner = async (o) => ({
  message: { ...o.message, body: 'Hello world from IFlow' },
  logs: [],
  messageLog: { properties: {}, attachments: [] },
  durationMs: 0,
});

/** Channels of one "browser": each post reaches every other channel synchronously. */
export function channelHub() {
  const members = new Set<(n: TenantNotice) => void>();
  return (): TenantChannel & { received: TenantNotice[] } => {
    const listeners = new Set<(n: TenantNotice) => void>();
    const received: TenantNotice[] = [];
    const deliver = (n: TenantNotice) => {
      received.push(n);
      listeners.forEach((l) => l(n));
    };
    members.add(deliver);
    return {
      received,
      post: (n) => members.forEach((m) => m !== deliver && m(n)),
      subscribe(l) {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close: () => members.delete(deliver),
    };
  };
}

let n = 0;
export const uniqueDbName = (prefix = 'tenant-test') => `${prefix}-${++n}-${Date.now()}`;

export function testRuntime(
  dbName: string,
  channel: TenantChannel,
  clock: { now: number } = { now: Date.UTC(2026, 0, 1) },
) {
  return createTenantRuntime({
    storage: createIdbTenantStorage(dbName),
    channel,
    runScript: helloRunner,
    realNow: () => clock.now,
    hashIterations: 1000,
  });
}
