import { loadErrorText, loadFlow } from '../io/loadFlow';
import type { Flow } from '../model/flow';
import type { Problem } from '../validation/problem';
import { addressesConflict, addressMatches, matchRank } from './address';
import { contentHash } from './contentHash';
import type { TenantContext } from './context';
import { endpointProblems, flowEndpoints } from './endpoints';
import { uniqueProblems } from './uniqueProblems';
import type { DeployResult, Deployment, Endpoint, FlowValidator } from './types';

const COLLECTION = 'deployments';

/** Optional runtime check of a snapshot (e.g. compiling its scripts); a message means Error. */
export type RuntimeCheck = (flow: Flow) => Promise<string | null>;

/** Whether the flow differs from what is deployed (any change counts, layout included). */
export function isModified(flow: Flow, deployment: Deployment): boolean {
  return contentHash(flow) !== deployment.contentHash;
}

function conflictProblems(flow: Flow, endpoints: Endpoint[], others: Deployment[]): Problem[] {
  const problems: Problem[] = [];
  endpoints.forEach((e, i) => {
    for (const d of others)
      for (const o of d.endpoints)
        if (addressesConflict(e.address, o.address))
          problems.push({
            severity: 'error',
            message: `Address "${e.address}" is already served by deployed flow "${d.flowName}" (address "${o.address}")`,
            elementId: e.messageFlowId,
            elementKind: 'messageFlow',
            field: 'address',
          });
    for (const o of endpoints.slice(i + 1))
      if (addressesConflict(e.address, o.address))
        problems.push({
          severity: 'error',
          message: `Flow "${flow.name}" has two HTTPS senders on overlapping addresses "${e.address}" and "${o.address}"`,
          elementId: o.messageFlowId,
          elementKind: 'messageFlow',
          field: 'address',
        });
  });
  return problems;
}

/** A stored deployment's snapshot through the load door; one that fails is in Error. */
function loadSnapshot(d: Deployment): Deployment {
  const loaded = loadFlow(d.snapshot);
  if (loaded.ok) return { ...d, snapshot: loaded.flow };
  return {
    ...d,
    status: 'Error',
    error: `The deployed snapshot cannot be loaded: ${loadErrorText(loaded)}`,
  };
}

/**
 * Deployed flows, cached in memory because every /http request looks them up. Deploy and
 * undeploy re-read the storage first, so another tab's deployments are seen when it matters;
 * `invalidate` drops the cache when another context reports a change.
 */
export function createDeployments(
  ctx: TenantContext,
  validate: FlowValidator,
  check?: RuntimeCheck,
) {
  let cache: Promise<Map<string, Deployment>> | null = null;
  const all = () =>
    (cache ??= ctx.storage
      .list<Deployment>(COLLECTION)
      .then((list) => new Map(list.map((d) => [d.flowId, loadSnapshot(d)]))));

  // Deploys run one at a time, so two flows deployed together cannot both claim an address.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  async function deployNow(flow: Flow): Promise<DeployResult> {
    cache = null;
    const snapshot = structuredClone(flow);
    const endpoints = flowEndpoints(snapshot, ctx.host);
    const errors = uniqueProblems([
      ...validate(snapshot),
      ...endpointProblems(endpoints, snapshot),
    ]).filter((p) => p.severity === 'error');
    if (errors.length > 0)
      return {
        ok: false,
        reason: 'validation',
        message: `Deployment of "${flow.name}" refused: ${errors.length} validation error${errors.length > 1 ? 's' : ''}`,
        problems: errors,
      };
    const deployed = await all();
    const others = [...deployed.values()].filter((d) => d.flowId !== flow.id);
    const conflicts = conflictProblems(snapshot, endpoints, others);
    if (conflicts.length > 0)
      return {
        ok: false,
        reason: 'addressConflict',
        message: conflicts[0]!.message,
        problems: conflicts,
      };
    const error = check ? await check(snapshot) : null;
    const deployment: Deployment = {
      flowId: flow.id,
      flowName: flow.name,
      snapshot,
      contentHash: contentHash(snapshot),
      deployedAt: ctx.now(),
      version: (deployed.get(flow.id)?.version ?? 0) + 1,
      status: error ? 'Error' : 'Started',
      ...(error ? { error } : {}),
      endpoints,
    };
    await ctx.storage.put(COLLECTION, flow.id, deployment);
    deployed.set(flow.id, deployment);
    return { ok: true, deployment: structuredClone(deployment) };
  }

  async function undeploy(flowId: string): Promise<boolean> {
    cache = null;
    const deployed = await all();
    if (!deployed.has(flowId)) return false;
    await ctx.storage.delete(COLLECTION, flowId);
    deployed.delete(flowId);
    return true;
  }

  /** The deployment and endpoint serving a request path; exact addresses beat wildcards. */
  async function route(
    path: string,
  ): Promise<{ deployment: Deployment; endpoint: Endpoint } | null> {
    let best: { deployment: Deployment; endpoint: Endpoint } | null = null;
    for (const deployment of (await all()).values())
      for (const endpoint of deployment.endpoints)
        if (
          addressMatches(endpoint.address, path) &&
          (!best || matchRank(endpoint.address) > matchRank(best.endpoint.address))
        )
          best = { deployment, endpoint };
    return best;
  }

  return {
    deploy: (flow: Flow) => serial(() => deployNow(flow)),
    undeploy: (flowId: string) => serial(() => undeploy(flowId)),
    route,
    async get(flowId: string): Promise<Deployment | undefined> {
      const d = (await all()).get(flowId);
      return d && structuredClone(d);
    },
    async list(): Promise<Deployment[]> {
      return [...(await all()).values()]
        .sort((a, b) => a.flowName.localeCompare(b.flowName))
        .map((d) => structuredClone(d));
    },
    async isModifiedSinceDeployment(flow: Flow): Promise<boolean> {
      const d = (await all()).get(flow.id);
      return d ? isModified(flow, d) : false;
    },
    invalidate(): void {
      cache = null;
    },
    /** Live view for role listing; callers must not mutate. */
    async current(): Promise<Deployment[]> {
      return [...(await all()).values()];
    },
  };
}

export type Deployments = ReturnType<typeof createDeployments>;
