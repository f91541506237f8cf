import { workspaceStore } from '../../store/workspaceStore';
import { flowHref, routeHref } from '../shell/router';

/** The editor link of a flow; an unknown package id is corrected by the flow route itself. */
export function flowLink(flowId: string): string {
  const byPackage = workspaceStore.getState().flowsByPackage;
  const pkg = Object.entries(byPackage).find(([, flows]) => flows.some((f) => f.id === flowId));
  return flowHref(pkg?.[0] ?? '-', flowId);
}

export const monitorHref = (query: Record<string, string> = {}, entryId?: string): string =>
  routeHref({ name: 'tenant', path: 'monitor', rest: entryId ? [entryId] : [], query });

export const consoleHref = (flowId?: string): string =>
  routeHref({ name: 'tenant', path: 'console', rest: [], query: flowId ? { flow: flowId } : {} });
