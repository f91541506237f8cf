import { createEngineExecutor, createTenant, type Tenant } from '../../core/tenant';
import type { TenantRequest, TenantResponse } from '../../core/tenant';
import { requestToMessage, runFlow } from '../../core/engine';
import type { ScriptRunner } from '../../core/script/types';
import { validateFlow } from '../../core/validation';
import type { IdbTenantStorage } from './idbTenantStorage';
import { withChangeNotices } from './notifyingStorage';
import type { TenantChannel, TenantNotice } from './tenantChannel';

export interface TenantRuntimeOptions {
  storage: IdbTenantStorage;
  channel: TenantChannel;
  runScript: ScriptRunner;
  /** Real time source (tests pass a fake one). */
  realNow?: () => number;
  hashIterations?: number;
}

/**
 * One context's tenant (the page, or the Service Worker) over the shared IndexedDB: the core
 * tenant plus the shared simulated clock, and a check of the meta stamp before every request so
 * deployments made in another context are served at once.
 */
export function createTenantRuntime(options: TenantRuntimeOptions) {
  const { storage, channel } = options;
  const realNow = options.realNow ?? Date.now;
  let offsetMs = 0;
  let stamp = -1;
  const listeners = new Set<(notice: TenantNotice) => void>();
  const emit = (notice: TenantNotice) => listeners.forEach((l) => l(notice));
  const now = () => realNow() + offsetMs;

  const tenant: Tenant = createTenant({
    storage: withChangeNotices(storage, (notice) => {
      channel.post(notice);
      emit(notice);
    }),
    execute: createEngineExecutor(
      runFlow,
      requestToMessage,
      options.runScript,
      () => new Date(now()),
    ),
    validate: validateFlow,
    now,
    ...(options.hashIterations ? { hashIterations: options.hashIterations } : {}),
  });

  /** Re-reads the shared meta: clock offset, and whether deployments changed elsewhere. */
  async function sync(): Promise<void> {
    const meta = await storage.readMeta();
    offsetMs = meta.clockOffsetMs;
    if (meta.stamp !== stamp) {
      if (stamp !== -1) tenant.invalidateCaches();
      stamp = meta.stamp;
    }
  }

  const unsubscribe = channel.subscribe((notice) => {
    if (notice.type === 'clock') {
      offsetMs = notice.offsetMs;
      void tenant.rearmSchedules();
    } else if (notice.collections.some((c) => c === 'deployments' || c === 'messageLog')) {
      tenant.invalidateCaches();
      // Another tab deployed or undeployed: its schedules are fired here when this tab fires them.
      if (notice.collections.includes('deployments')) void tenant.syncSchedules();
    }
    emit(notice);
  });

  return {
    tenant,
    storage,
    now,
    sync,
    clockOffsetMs: () => offsetMs,
    async setClockOffset(ms: number): Promise<void> {
      offsetMs = ms;
      await storage.writeMeta({ clockOffsetMs: ms });
      void tenant.rearmSchedules();
      const notice: TenantNotice = { type: 'clock', offsetMs: ms };
      channel.post(notice);
      emit(notice);
    },
    async handle(req: TenantRequest): Promise<TenantResponse> {
      await sync();
      return tenant.handle(req);
    },
    /** Local and remote changes (coalesced per task); returns the unsubscribe function. */
    onChange(listener: (notice: TenantNotice) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose(): void {
      tenant.stopSchedules();
      unsubscribe();
      listeners.clear();
    },
  };
}

export type TenantRuntime = ReturnType<typeof createTenantRuntime>;
