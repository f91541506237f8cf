import type { Flow } from '../model/flow';
import { createFlowStores } from '../stores/flowStores';
import { createCertificates } from './certificates';
import { clientUserName, endpointUrl, tokenEndpointUrl, type TenantContext } from './context';
import { defaultRandom, type RandomSource } from './crypto';
import { createCsrf } from './csrf';
import { createDeployments, type RuntimeCheck } from './deployments';
import { splitUrl, textResponse } from './http';
import { handleEndpoint } from './httpEndpoint';
import { runOnceAfterDeploy, runTimer } from './timerRuns';
import { createTimerScheduler, type SchedulerTimers } from './timerSchedules';
import { DEFAULT_LOG_CAP, createMessageLog } from './messageLog';
import { DEFAULT_ACCESS_LOG_CAP, createAccessLog, type CallerNote } from './accessLog';
import { placePath } from './places';
import { createOAuthClients } from './oauthClients';
import { createRoles } from './roles';
import type { TenantStorage } from './storage';
import { handleTokenRequest } from './tokenEndpoint';
import { handleMplApi } from './mplApi';
import { isMplApiPath, MPL_API_PATH } from './paths';
import { createTokens } from './tokens';
import type {
  DeployResult,
  FlowExecutor,
  FlowValidator,
  RoleAssignment,
  SecurityResult,
  TenantRequest,
  TenantResponse,
} from './types';
import { createUsers } from './users';

export const DEFAULT_TENANT_HOST = 'ifs-tenant.local';

export interface TenantOptions {
  storage: TenantStorage;
  /** Runs a deployed flow for a request (see createEngineExecutor). */
  execute: FlowExecutor;
  /** validateFlow from src/core/validation; errors block deployment. */
  validate: FlowValidator;
  /** Simulated clock in ms (default Date.now). */
  now?: () => number;
  random?: RandomSource;
  /** Runtime host in endpoint URLs (default "ifs-tenant.local"). */
  host?: string;
  /** Default: the host's first label ("ifs-tenant"), giving subscription "ifs-tenant-iflmap". */
  tenantName?: string;
  /** Message log entries kept (default 1000). */
  messageLogCap?: number;
  /** Rejected calls kept (default 500). */
  accessLogCap?: number;
  /** PBKDF2 iterations for secrets and passwords (default 100000; tests may lower it). */
  hashIterations?: number;
  /** Optional check of a snapshot at deploy time; a message puts the deployment in Error. */
  runtimeCheck?: RuntimeCheck;
  /** Real elapsed-time source for durations (default performance.now). */
  elapsed?: () => number;
  /** Timers for scheduled flows (default setTimeout; tests pass fakes). */
  timers?: SchedulerTimers;
}

/** The simulated CPI tenant: deployments, security material, the HTTP runtime and its log. */
export function createTenant(options: TenantOptions) {
  const host = options.host ?? DEFAULT_TENANT_HOST;
  const ctx: TenantContext = {
    storage: options.storage,
    now: options.now ?? Date.now,
    random: options.random ?? defaultRandom,
    host,
    tenantName: options.tenantName ?? host.split('.')[0] ?? host,
    hashIterations: options.hashIterations ?? 100_000,
  };
  const deployments = createDeployments(ctx, options.validate, options.runtimeCheck);
  const tokens = createTokens(ctx);
  const roles = createRoles(ctx, deployments);
  const clients = createOAuthClients(ctx, tokens, roles);
  const users = createUsers(ctx, roles);
  const certificates = createCertificates(ctx);
  const csrf = createCsrf(ctx);
  const log = createMessageLog(ctx, options.messageLogCap ?? DEFAULT_LOG_CAP);
  const access = createAccessLog(ctx, options.accessLogCap ?? DEFAULT_ACCESS_LOG_CAP);
  const elapsed = options.elapsed ?? (() => globalThis.performance.now());
  const stores = createFlowStores(ctx.storage, ctx.now, 'tenant');
  const endpointDeps = {
    deployments,
    roles,
    csrf,
    log,
    tokens,
    users,
    clients,
    certificates,
    execute: options.execute,
    stores,
    now: ctx.now,
    elapsed,
    realm: host,
  };

  let timerRuns: Promise<unknown> = Promise.resolve();
  const scheduler = createTimerScheduler({
    deployments: () => deployments.list(),
    fire: (deployment, timer) => runTimer(deployment, timer, endpointDeps),
    now: ctx.now,
    ...(options.timers ? { timers: options.timers } : {}),
  });

  /** Roles go to users the tenant knows: Basic users, OAuth client users, certificate users. */
  async function knownUser(user: string): Promise<boolean> {
    if (await users.exists(user)) return true;
    if (user.startsWith('oauth_client_') && (await clients.get(user.slice('oauth_client_'.length))))
      return true;
    return (await certificates.list()).some((c) => c.user === user);
  }

  return {
    host,
    tenantName: ctx.tenantName,
    tokenEndpointUrl: () => tokenEndpointUrl(host),
    endpointUrl: (address: string) => endpointUrl(host, address),

    /** Deploys a flow; one whose Timer Start is Run Once then runs (see timerRunsDone). */
    async deploy(flow: Flow): Promise<DeployResult> {
      const result = await deployments.deploy(flow);
      if (result.ok) {
        const run = runOnceAfterDeploy(result.deployment, endpointDeps).catch(() => undefined);
        timerRuns = Promise.all([timerRuns, run]);
        await scheduler.sync();
      }
      return result;
    },
    /** Settles when the runs of Run Once timers started by deploys so far have ended. */
    timerRunsDone: (): Promise<void> => timerRuns.then(() => undefined),
    async undeploy(flowId: string): Promise<boolean> {
      const removed = await deployments.undeploy(flowId);
      await scheduler.sync();
      return removed;
    },
    /**
     * Fires the schedules of deployed flows from now on (one context does: the studio's tab that
     * holds the scheduler's lock, `ifs serve`). Deploys and undeploys re-arm them.
     */
    startSchedules: () => scheduler.start(),
    /** Stops firing schedules; settles when the scheduled runs going on have ended. */
    stopSchedules: (): Promise<void> => {
      scheduler.stop();
      return scheduler.idle();
    },
    /** Re-reads deployments another context changed, or re-arms after the clock moved. */
    syncSchedules: () => scheduler.sync(),
    rearmSchedules: () => scheduler.rearm(),
    /** Scheduled flows and their next runs (empty while schedules are not fired here). */
    upcomingRuns: () => scheduler.upcoming(),
    getDeployment: deployments.get,
    listDeployments: deployments.list,
    isModifiedSinceDeployment: (flow: Flow) => deployments.isModifiedSinceDeployment(flow),

    /** Data stores and variables (Manage Stores). */
    stores,

    subscriptions: clients.subscriptions,
    createOAuthClient: clients.create,
    updateOAuthClient: clients.update,
    regenerateClientSecret: clients.regenerateSecret,
    deleteOAuthClient: clients.remove,
    getOAuthClient: clients.get,
    listOAuthClients: clients.list,
    clientUserName,

    createUser: users.create,
    setUserPassword: users.setPassword,
    deleteUser: users.remove,
    listUsers: users.list,

    registerCertificate: certificates.register,
    deleteCertificate: certificates.remove,
    listCertificates: certificates.list,

    async assignRole(user: string, role: string): Promise<SecurityResult<RoleAssignment>> {
      const errors = [];
      if (!/^\S{1,200}$/.test(role))
        errors.push({ field: 'role', message: 'Role is a name without spaces' });
      if (!(await knownUser(user)))
        errors.push({
          field: 'user',
          message: `Unknown user "${user}": create it under ${placePath('security', 'users')}, or register the OAuth client under ${placePath('security', 'clients')} for oauth_client_<client id>`,
        });
      if (errors.length > 0) return { ok: false, errors };
      return { ok: true, value: await roles.assign(user, role) };
    },
    unassignRole: roles.unassign,
    rolesOf: roles.rolesOf,
    listRoleAssignments: roles.list,
    listKnownRoles: roles.known,

    getLogEntry: log.get,
    queryMessageLog: log.query,
    clearMessageLog: log.clear,

    /** Calls refused before any flow ran, newest first (Monitor → Rejected Calls). */
    listRejectedCalls: access.list,
    clearRejectedCalls: access.clear,

    /**
     * Drops the in-memory caches (deployments, log order). Call it when another context (tab,
     * Service Worker) changed the same storage, e.g. on a BroadcastChannel message.
     */
    invalidateCaches(): void {
      deployments.invalidate();
      log.invalidate();
    },

    /** Every HTTP exchange with the tenant: the token endpoint and /http endpoints. */
    async handle(req: TenantRequest): Promise<TenantResponse> {
      const { path, query } = splitUrl(req.url);
      const note: CallerNote = {};
      const lower = path.toLowerCase();
      const res =
        lower === '/oauth/token'
          ? await handleTokenRequest(req, query, clients, tokens, note)
          : lower.startsWith('/http/')
            ? await handleEndpoint(req, path.slice(5), query, endpointDeps, note)
            : isMplApiPath(path)
              ? await handleMplApi(req, path, query, endpointDeps, note)
              : textResponse(
                  404,
                  `404 Not Found: "${path}" is neither /oauth/token, an /http/<address> endpoint nor ${MPL_API_PATH}.`,
                );
      // Refused before a flow ran (a run has its message log entry): note it for the Monitor.
      if (res.status >= 400 && !res.messageId)
        await access.add({ method: req.method, path }, res, note);
      return res;
    },
  };
}

export type Tenant = ReturnType<typeof createTenant>;
