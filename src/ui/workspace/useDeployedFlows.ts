import { useEffect, useState } from 'react';
import type { Deployment } from '../../core/tenant';

type TenantStoreModule = typeof import('../../store/tenantStore');

/** The tenant store, loaded on demand so the workspace's bundle does not carry the tenant. */
const tenantModule = (): Promise<TenantStoreModule> => import('../../store/tenantStore');

/**
 * Which of `flowIds` are deployed on the simulated tenant (null while loading), for dialogs
 * that must say that a deployment keeps serving after its flow is deleted.
 */
export function useDeployedFlows(flowIds: readonly string[]): Deployment[] | null {
  const [deployed, setDeployed] = useState<Deployment[] | null>(null);
  const key = flowIds.join('\u0000');
  useEffect(() => {
    const ids = new Set(key.split('\u0000'));
    let live = true;
    let unsubscribe = () => {};
    void tenantModule().then(
      async ({ tenantStore }) => {
        await tenantStore.getState().load();
        const read = () =>
          live && setDeployed(tenantStore.getState().deployments.filter((d) => ids.has(d.flowId)));
        read();
        unsubscribe = tenantStore.subscribe(read);
      },
      () => live && setDeployed([]),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [key]);
  return deployed;
}

/** Undeploys the given flows (used before deleting them). */
export async function undeployFlows(flowIds: readonly string[]): Promise<void> {
  const { tenantStore } = await tenantModule();
  for (const id of flowIds) await tenantStore.getState().undeploy(id);
}
