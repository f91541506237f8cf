import type { Flow, MessageFlow } from './flow';

/** The HTTPS sender adapters of a flow, their addresses with parameters resolved. */
export function httpsSenders(flow: Flow): { link: MessageFlow; address: string }[] {
  const params = flow.parameters ?? {};
  // resolveText of ./parameters, without its module in the first screen's bundle.
  const resolve = (text: string) =>
    text.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? params[name]!.value : whole,
    );
  return flow.messageFlows
    .filter((m) => m.adapter.type === 'HTTPS')
    .map((link) => ({ link, address: resolve(String(link.adapter.config.address ?? '')) }));
}

/** The HTTPS sender addresses of a flow, parameters resolved (kept in its workspace summary). */
export const senderAddresses = (flow: Flow): string[] => httpsSenders(flow).map((s) => s.address);
