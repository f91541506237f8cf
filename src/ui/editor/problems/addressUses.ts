import type { Flow, Problem } from '../../../core';
import {
  addressConflictProblems,
  type AddressUse,
} from '../../../core/validation/addressConflicts';
import { tenantStore } from '../../../store/tenantStore';
import { workspaceStore } from '../../../store/workspaceStore';

export type ConflictCheck = (flow: Flow) => Problem[];

/** The addresses of the workspace's flows (from their summaries) and of the tenant's deployments. */
function addressUses(): AddressUse[] {
  const uses: AddressUse[] = tenantStore.getState().deployments.map((d) => ({
    flowId: d.flowId,
    flowName: d.flowName,
    deployed: true,
    addresses: d.endpoints.map((e) => e.address),
  }));
  const { packages, flowsByPackage } = workspaceStore.getState();
  for (const p of packages)
    for (const f of flowsByPackage[p.id] ?? [])
      if (f.addresses)
        uses.push({
          flowId: f.id,
          flowName: f.name,
          packageName: p.name,
          deployed: false,
          addresses: f.addresses,
        });
  return uses;
}

/**
 * Calls `onChange` with a check of a flow's addresses against the other flows', now and each
 * time the workspace's flows or the tenant's deployments change (the tenant is not started for
 * it: its deployments count once something else has loaded it). Returns the unsubscribe.
 */
export function watchAddressUses(onChange: (check: ConflictCheck) => void): () => void {
  let seen: unknown[] = [];
  const update = () => {
    const sources = [
      tenantStore.getState().deployments,
      workspaceStore.getState().packages,
      workspaceStore.getState().flowsByPackage,
    ];
    if (sources.every((s, i) => s === seen[i])) return;
    seen = sources;
    const uses = addressUses();
    onChange((flow) => addressConflictProblems(flow, uses));
  };
  update();
  const offTenant = tenantStore.subscribe(update);
  const offWorkspace = workspaceStore.subscribe(update);
  return () => {
    offTenant();
    offWorkspace();
  };
}
