import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CertificateMapping,
  Deployment,
  KnownRole,
  OAuthClient,
  RoleAssignment,
  TenantRequest,
  TenantResponse,
  User,
} from '../../core/tenant';
import type { Flow } from '../../core/model/flow';
import { loadSyntaxChecker, scriptLanguagesOf } from '../../core/script/syntaxChecker';
import type { TenantRuntime } from '../../platform/tenant/tenantRuntime';

/** What the tenant views show; refreshed after every change, local or from another context. */
export interface TenantLists {
  deployments: Deployment[];
  clients: OAuthClient[];
  users: User[];
  certificates: CertificateMapping[];
  assignments: RoleAssignment[];
  knownRoles: KnownRole[];
}

export interface TenantStoreState extends TenantLists {
  loaded: boolean;
  /** Last load error (e.g. IndexedDB unavailable). */
  error: string | null;
  host: string;
  subscription: string;
  tokenEndpointUrl: string;
  clockOffsetMs: number;
  /** Bumped whenever the message log changed (the Monitor re-queries on it). */
  logVersion: number;
  /** Bumped whenever data store entries or variables changed (Manage Stores re-reads on it). */
  storesVersion: number;
  load(): Promise<void>;
  refresh(): Promise<void>;
  /** The tenant itself, for operations with results of their own (deploy, createOAuthClient …). */
  runtime(): Promise<TenantRuntime>;
  /** Runs `op` on the tenant, then refreshes the lists; returns op's result. */
  act<T>(op: (tenant: TenantRuntime['tenant']) => Promise<T>): Promise<T>;
  deploy(flow: Flow): ReturnType<TenantRuntime['tenant']['deploy']>;
  undeploy(flowId: string): Promise<boolean>;
  advanceClock(minutes: number): Promise<void>;
  resetClock(): Promise<void>;
  handle(req: TenantRequest): Promise<TenantResponse>;
}

export type TenantStore = StoreApi<TenantStoreState>;

const EMPTY: TenantLists = {
  deployments: [],
  clients: [],
  users: [],
  certificates: [],
  assignments: [],
  knownRoles: [],
};

/** The tenant views' store over a lazily created tenant runtime (`getRuntime`). */
export function createTenantStore(getRuntime: () => Promise<TenantRuntime>): TenantStore {
  let started: Promise<void> | null = null;
  return createStore<TenantStoreState>((set) => {
    async function readLists(): Promise<TenantLists> {
      const { tenant } = await getRuntime();
      const [deployments, clients, users, certificates, assignments, knownRoles] =
        await Promise.all([
          tenant.listDeployments(),
          tenant.listOAuthClients(),
          tenant.listUsers(),
          tenant.listCertificates(),
          tenant.listRoleAssignments(),
          tenant.listKnownRoles(),
        ]);
      return { deployments, clients, users, certificates, assignments, knownRoles };
    }

    async function refresh(): Promise<void> {
      const r = await getRuntime();
      set({ ...(await readLists()), clockOffsetMs: r.clockOffsetMs() });
    }

    async function start(): Promise<void> {
      try {
        const r = await getRuntime();
        await r.sync();
        r.onChange((notice) => {
          if (notice.type === 'clock') set({ clockOffsetMs: notice.offsetMs });
          else {
            const logs = (c: string) => c === 'messageLog' || c === 'accessLog';
            const stores = (c: string) => c === 'dataStoreEntries' || c === 'variables';
            if (notice.collections.some(logs)) set((s) => ({ logVersion: s.logVersion + 1 }));
            if (notice.collections.some(stores))
              set((s) => ({ storesVersion: s.storesVersion + 1 }));
            if (notice.collections.some((c) => !logs(c) && !stores(c))) void refresh();
          }
        });
        set({
          host: r.tenant.host,
          subscription: r.tenant.subscriptions()[0] ?? '',
          tokenEndpointUrl: r.tenant.tokenEndpointUrl(),
        });
        await refresh();
        set({ loaded: true, error: null });
      } catch (e) {
        started = null;
        set({ error: e instanceof Error ? e.message : String(e) });
      }
    }

    const act = async <T>(op: (tenant: TenantRuntime['tenant']) => Promise<T>): Promise<T> => {
      const r = await getRuntime();
      await r.sync();
      const result = await op(r.tenant);
      await refresh();
      return result;
    };

    return {
      ...EMPTY,
      loaded: false,
      error: null,
      host: '',
      subscription: '',
      tokenEndpointUrl: '',
      clockOffsetMs: 0,
      logVersion: 0,
      storesVersion: 0,
      load: () => (started ??= start()),
      refresh,
      runtime: getRuntime,
      act,
      // Validation refuses scripts that do not parse: the parser must be there first.
      deploy: async (flow) => {
        await loadSyntaxChecker(scriptLanguagesOf(flow));
        return act((t) => t.deploy(flow));
      },
      undeploy: (flowId) => act((t) => t.undeploy(flowId)),
      async advanceClock(minutes) {
        const r = await getRuntime();
        await r.sync();
        await r.setClockOffset(r.clockOffsetMs() + minutes * 60_000);
        set({ clockOffsetMs: r.clockOffsetMs() });
      },
      async resetClock() {
        const r = await getRuntime();
        await r.setClockOffset(0);
        set({ clockOffsetMs: 0 });
      },
      async handle(req) {
        const r = await getRuntime();
        return r.handle(req);
      },
    };
  });
}
