import type { Flow, Participant, SequenceFlow, Step } from '../model/flow';
import { findElement, type FlowElement } from '../model/elements';
import { getStepType } from '../registry/registry';
import type { StepTypeDef } from '../registry/types';
import { typeNoun, withArticle } from './describe';

export type ConnectCheck =
  { ok: true; kind: 'sequence' | 'message' } | { ok: false; reason: string };

export interface ConnectOptions {
  /** A link being reconnected: it does not count against limits or as a duplicate. */
  ignoreLinkId?: string;
}

const refuse = (reason: string): ConnectCheck => ({ ok: false, reason });

/** Steps, participants and sequence flows by id, and the sequence flows counted by end and by pair. */
interface LinkIndex {
  elements: Map<string, FlowElement>;
  links: Map<string, SequenceFlow>;
  outgoing: Map<string, number>;
  incoming: Map<string, number>;
  pairs: Map<string, number>;
}

const pairKey = (source: string, target: string) => `${source}\n${target}`;
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

// One index per flow version: flows are immutable, and the properties panel asks for every
// element of the flow and a connection drag asks on every pointer move, all of one version.
const indexes = new WeakMap<Flow, LinkIndex>();

function indexOf(flow: Flow): LinkIndex {
  let ix = indexes.get(flow);
  if (ix) return ix;
  ix = {
    elements: new Map(),
    links: new Map(),
    outgoing: new Map(),
    incoming: new Map(),
    pairs: new Map(),
  };
  for (const p of flow.participants) ix.elements.set(p.id, { kind: 'participant', element: p });
  for (const s of flow.process.steps) ix.elements.set(s.id, { kind: 'step', element: s });
  for (const l of flow.process.sequenceFlows) {
    ix.links.set(l.id, l);
    bump(ix.outgoing, l.source);
    bump(ix.incoming, l.target);
    bump(ix.pairs, pairKey(l.source, l.target));
  }
  indexes.set(flow, ix);
  return ix;
}

/**
 * The one connection rule set, shared by the canvas (isValidConnection + toast) and the
 * link.connect command. Limits come from the registry's `connections`, never from step types.
 */
export function canConnect(
  flow: Flow,
  sourceId: string,
  targetId: string,
  options: ConnectOptions = {},
): ConnectCheck {
  if (sourceId === targetId) return refuse('An element cannot be connected to itself');
  const ix = indexOf(flow);
  const source = ix.elements.get(sourceId) ?? findElement(flow, sourceId);
  const target = ix.elements.get(targetId) ?? findElement(flow, targetId);
  if (!source) return refuse(`Element "${sourceId}" does not exist`);
  if (!target) return refuse(`Element "${targetId}" does not exist`);
  if (source.kind === 'process' || target.kind === 'process')
    return refuse('The Integration Process itself cannot be connected; connect its steps');
  if (source.kind !== 'participant' && source.kind !== 'step')
    return refuse('Only elements can be connected, not connections');
  if (target.kind !== 'participant' && target.kind !== 'step')
    return refuse('Only elements can be connected, not connections');

  if (source.kind === 'participant') {
    if (target.kind === 'participant')
      return refuse('Participants cannot be connected to each other');
    return fromParticipant(flow, source.element, target.element, options);
  }
  if (target.kind === 'participant')
    return toParticipant(flow, source.element, target.element, options);
  return betweenSteps(ix, source.element, target.element, options);
}

function fromParticipant(
  flow: Flow,
  sender: Participant,
  target: Step,
  options: ConnectOptions,
): ConnectCheck {
  if (sender.kind !== 'sender')
    return refuse('A Receiver cannot start a connection; connect a step that calls it instead');
  const def = getStepType(target.type);
  if (!def?.connections.acceptsSender) return refuse('A Sender can connect only to a Start event');
  const others = flow.messageFlows.filter((m) => m.id !== options.ignoreLinkId);
  if (others.some((m) => m.source === sender.id))
    return refuse(
      `${sender.name || 'The Sender'} already has a connection; a Sender has only one adapter`,
    );
  if (others.some((m) => m.target === target.id))
    return refuse(`${target.name || 'The Start event'} already has a Sender connection`);
  return { ok: true, kind: 'message' };
}

function toParticipant(
  flow: Flow,
  source: Step,
  receiver: Participant,
  options: ConnectOptions,
): ConnectCheck {
  if (receiver.kind !== 'receiver') return refuse('A Sender cannot be the target of a connection');
  const def = getStepType(source.type);
  if (!def?.connections.mayCallReceiver)
    return refuse(
      `${def ? withArticle(typeNoun(def)) : 'This element'} cannot call a Receiver; use a step that calls a receiver (such as Request Reply)`,
    );
  const others = flow.messageFlows.filter((m) => m.id !== options.ignoreLinkId);
  if (others.some((m) => m.source === source.id && m.target === receiver.id))
    return refuse('These elements are already connected');
  if (others.some((m) => m.source === source.id))
    return refuse(`${source.name} already calls a Receiver`);
  return { ok: true, kind: 'message' };
}

function betweenSteps(
  ix: LinkIndex,
  source: Step,
  target: Step,
  options: ConnectOptions,
): ConnectCheck {
  const sourceDef = getStepType(source.type);
  const targetDef = getStepType(target.type);
  if (!sourceDef) return refuse(`Unknown step type "${source.type}"`);
  if (!targetDef) return refuse(`Unknown step type "${target.type}"`);
  if (source.parentId !== target.parentId) {
    return refuse(
      source.parentId || target.parentId
        ? 'Steps inside a subprocess can connect only to steps of the same subprocess'
        : 'These steps are in different containers',
    );
  }
  // The link being reconnected does not count.
  const ignored =
    options.ignoreLinkId === undefined ? undefined : ix.links.get(options.ignoreLinkId);
  const fromSource = ignored?.source === source.id ? 1 : 0;
  const toTarget = ignored?.target === target.id ? 1 : 0;
  const pair = (ix.pairs.get(pairKey(source.id, target.id)) ?? 0) - fromSource * toTarget;
  if (pair > 0) return refuse('These steps are already connected');
  const outLimit = limitReason(
    sourceDef,
    'outgoing',
    (ix.outgoing.get(source.id) ?? 0) - fromSource,
  );
  if (outLimit) return refuse(outLimit);
  const inLimit = limitReason(targetDef, 'incoming', (ix.incoming.get(target.id) ?? 0) - toTarget);
  if (inLimit) return refuse(inLimit);
  return { ok: true, kind: 'sequence' };
}

/** Why one more link in `direction` breaks the type's limit, or null when it fits. */
function limitReason(
  def: StepTypeDef,
  direction: 'incoming' | 'outgoing',
  count: number,
): string | null {
  const max = direction === 'incoming' ? def.connections.maxIncoming : def.connections.maxOutgoing;
  if (max === undefined || count < max) return null;
  const noun = withArticle(typeNoun(def));
  if (max === 0) return `${noun} cannot have ${direction} sequence flows`;
  return max === 1
    ? `${noun} can have only one ${direction} sequence flow; remove the existing one first`
    : `${noun} can have at most ${max} ${direction} sequence flows`;
}
