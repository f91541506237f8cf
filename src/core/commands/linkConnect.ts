import type { Flow, MessageFlow, SequenceFlow } from '../model/flow';
import { findElement } from '../model/elements';
import { allIds, nextId } from '../model/ids';
import { getAdapterType } from '../adapters';
import { canConnect } from '../rules/canConnect';
import { done, fail, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/**
 * Step → step makes a sequence flow. Sender → Start and step → Receiver make a message flow
 * carrying an adapter of the matching direction, with that adapter's default config.
 */
export function linkConnect(flow: Flow, payload: CommandPayloads['link.connect']): CommandOutcome {
  const check = canConnect(flow, payload.source, payload.target);
  if (!check.ok) fail(check.reason);
  const ids = allIds(flow);
  if (payload.id !== undefined && ids.has(payload.id))
    fail(`The id "${payload.id}" is already in use`);

  if (check.kind === 'sequence') {
    const id = payload.id ?? nextId(ids, 'SequenceFlow');
    const link: SequenceFlow = { id, source: payload.source, target: payload.target };
    return done(
      withProcess(flow, (p) => ({ sequenceFlows: [...p.sequenceFlows, link] })),
      [id],
    );
  }

  const direction =
    findElement(flow, payload.source)?.kind === 'participant' ? 'sender' : 'receiver';
  const adapter = adapterFor(payload.adapterType, direction);
  const id = payload.id ?? nextId(ids, 'MessageFlow');
  const link: MessageFlow = { id, source: payload.source, target: payload.target, adapter };
  return done({ ...flow, messageFlows: [...flow.messageFlows, link] }, [id]);
}

/** A fresh adapter of `type`, refused when the type is missing, unknown or of the wrong direction. */
export function adapterFor(
  type: string | undefined,
  direction: 'sender' | 'receiver',
): MessageFlow['adapter'] {
  if (!type) fail(`Choose an adapter type for this ${direction} connection`);
  const def = getAdapterType(type) ?? fail(`Unknown adapter type "${type}"`);
  if (def.direction !== direction) fail(`${def.label} is not a ${direction} adapter`);
  return { type: def.type, config: def.defaultConfig() };
}
