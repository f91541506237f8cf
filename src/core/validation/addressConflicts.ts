import type { Flow } from '../model/flow';
import { httpsSenders } from '../model/senderAddresses';
import { addressesConflict } from '../tenant/address';
import type { Problem } from './problem';

/** Another flow's HTTPS addresses: one of the workspace, or one deployed on the tenant. */
export interface AddressUse {
  flowId: string;
  flowName: string;
  /** Where it is: the package's name for a flow of the workspace; absent when deployed. */
  packageName?: string;
  deployed: boolean;
  addresses: readonly string[];
}

/**
 * Addresses of `flow` that another flow already takes: an error when that flow is deployed
 * (deploy would be refused), a warning when it is in the workspace (only one of the two can be
 * deployed). Each other flow is named once per address, its deployment before its design.
 */
export function addressConflictProblems(flow: Flow, others: readonly AddressUse[]): Problem[] {
  const problems: Problem[] = [];
  const uses = [...others.filter((o) => o.deployed), ...others.filter((o) => !o.deployed)];
  const nameOf = (id: string) =>
    [...flow.participants, ...flow.process.steps].find((e) => e.id === id)?.name ?? id;
  for (const { link, address } of httpsSenders(flow)) {
    if (!address.startsWith('/') || address.includes('{{')) continue;
    const named = new Set<string>();
    for (const o of uses) {
      if (o.flowId === flow.id || named.has(o.flowId)) continue;
      const taken = o.addresses.find((a) => addressesConflict(address, a));
      if (taken === undefined) continue;
      named.add(o.flowId);
      const same = taken.toLowerCase() === address.toLowerCase() ? '' : ` (address "${taken}")`;
      const where = `HTTPS adapter (${nameOf(link.source)} → ${nameOf(link.target)})`;
      problems.push({
        severity: o.deployed ? 'error' : 'warning',
        message: o.deployed
          ? `${where}: Address "${address}" is already served by deployed flow "${o.flowName}"${same}: undeploy it or choose another address`
          : `${where}: Address "${address}" is also used by flow "${o.flowName}"${o.packageName ? ` in package "${o.packageName}"` : ''}${same}: only one of them can be deployed`,
        elementId: link.id,
        elementKind: 'messageFlow',
        field: 'address',
      });
    }
  }
  return problems;
}
