import type { Flow } from '../model/flow';
import { findElement } from '../model/elements';
import { assertConfig, done, fail } from './helpers';
import { adapterFor } from './linkConnect';
import type { CommandOutcome, CommandPayloads } from './types';

/**
 * Changes a message flow's adapter. A new type starts from that type's defaults unless a
 * config is given; a config alone replaces the current one.
 */
export function adapterConfigure(
  flow: Flow,
  payload: CommandPayloads['adapter.configure'],
): CommandOutcome {
  const link =
    flow.messageFlows.find((m) => m.id === payload.id) ??
    fail(`Connection "${payload.id}" has no adapter`);
  let adapter = link.adapter;
  if (payload.type !== undefined && payload.type !== adapter.type) {
    const direction =
      findElement(flow, link.source)?.kind === 'participant' ? 'sender' : 'receiver';
    adapter = adapterFor(payload.type, direction);
  }
  if (payload.config !== undefined)
    adapter = { ...adapter, config: { ...assertConfig(payload.config) } };
  if (adapter === link.adapter) return done(flow);
  return done({
    ...flow,
    messageFlows: flow.messageFlows.map((m) => (m.id === payload.id ? { ...m, adapter } : m)),
  });
}
