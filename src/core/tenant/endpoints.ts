import type { Flow } from '../model/flow';
import type { Problem } from '../validation/problem';
import { httpsSenderAdapter, type HttpsSenderConfig } from '../adapters/https';
import { parameterNames, parameterUses, resolveParameters } from '../model/parameters';
import { withParameterProblems } from '../validation/parameterProblems';
import { endpointUrl } from './context';
import type { Endpoint } from './types';

/**
 * The HTTPS sender endpoints a flow would serve: one per Sender → Start HTTPS adapter, at the
 * address with its externalised parameters resolved (`{{Sender Path}}` → its value).
 */
export function flowEndpoints(design: Flow, host: string): Endpoint[] {
  const flow = resolveParameters(design);
  const senders = new Set(flow.participants.filter((p) => p.kind === 'sender').map((p) => p.id));
  return flow.messageFlows
    .filter((m) => m.adapter.type === httpsSenderAdapter.type && senders.has(m.source))
    .map((m) => {
      // Fill keys an older flow file may lack, so the runtime always sees a complete config.
      const config = {
        ...httpsSenderAdapter.defaultConfig(),
        ...m.adapter.config,
      } as HttpsSenderConfig;
      return {
        messageFlowId: m.id,
        address: config.address,
        url: endpointUrl(host, config.address),
        config,
      };
    });
}

/**
 * The adapter's own checks, repeated at deploy time so a runtime endpoint is always sound even
 * when the injected validation is lenient. Given the flow, a message reads exactly as
 * validateFlow words it ("HTTPS adapter (Sender → Start): …"), so the two de-duplicate.
 */
export function endpointProblems(endpoints: Endpoint[], flow?: Flow): Problem[] {
  const nameOf = (id: string | undefined) =>
    flow && [...flow.participants, ...flow.process.steps].find((e) => e.id === id)?.name;
  return endpoints.flatMap((e) => {
    if (parameterNames(e.address).length > 0) {
      // Worded as validateFlow words it, so the two de-duplicate.
      const uses = flow
        ? parameterUses(flow).filter(
            (u) => u.elementId === e.messageFlowId && u.field === 'address',
          )
        : [];
      const said = flow ? withParameterProblems(flow, uses, []) : [];
      if (said.length) return said;
      return [
        {
          severity: 'error' as const,
          message: `${httpsSenderAdapter.label} adapter: Address "${e.address}" uses a parameter that has no value: set it with Configure`,
          elementId: e.messageFlowId,
          elementKind: 'messageFlow' as const,
          field: 'address',
        },
      ];
    }
    const link = flow?.messageFlows.find((m) => m.id === e.messageFlowId);
    const names = [nameOf(link?.source), nameOf(link?.target)];
    const where = names.every((n) => n !== undefined) ? ` (${names[0]} → ${names[1]})` : '';
    return (httpsSenderAdapter.validate?.(e.config) ?? []).map((err) => ({
      severity: 'error' as const,
      message: `${httpsSenderAdapter.label} adapter${where}: ${err.message}`,
      elementId: e.messageFlowId,
      elementKind: 'messageFlow' as const,
      field: err.field,
    }));
  });
}
