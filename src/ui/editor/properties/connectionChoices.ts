import { canConnect, findElement, getStepType, type Flow } from '../../../core';

/** An element the selected one may connect to now, labelled as the canvas names it. */
export interface ConnectTarget {
  id: string;
  label: string;
}

/** One existing link of the selected element, as listed under "Connections". */
export interface LinkEntry {
  linkId: string;
  direction: 'outgoing' | 'incoming';
  /** Name of the element at the other end. */
  otherName: string;
  /** Canvas wording of the link ("Sequence flow from Start to End"). */
  description: string;
}

const nameOf = (flow: Flow, id: string): string => {
  const found = findElement(flow, id);
  return (found && 'name' in found.element ? found.element.name : undefined) ?? id;
};

/**
 * "Script step Script 1", "Sender participant Sender": the same words as the node's accessible
 * name on the canvas, so a screen-reader user hears one name for one element everywhere.
 */
export function elementLabel(flow: Flow, id: string): string {
  const found = findElement(flow, id);
  if (found?.kind === 'participant') {
    const p = found.element;
    return `${p.kind === 'sender' ? 'Sender' : 'Receiver'} participant ${p.name}`;
  }
  if (found?.kind === 'step') {
    const s = found.element;
    return `${getStepType(s.type)?.label ?? s.type} step ${s.name}`;
  }
  return nameOf(flow, id);
}

/** The canvas wording of a link (its edge's aria-label), or null when it does not exist. */
export function linkDescription(flow: Flow, linkId: string): string | null {
  const seq = flow.process.sequenceFlows.find((l) => l.id === linkId);
  if (seq) return `Sequence flow from ${nameOf(flow, seq.source)} to ${nameOf(flow, seq.target)}`;
  const msg = flow.messageFlows.find((l) => l.id === linkId);
  if (msg)
    return `Message flow ${msg.adapter.type} from ${nameOf(flow, msg.source)} to ${nameOf(flow, msg.target)}`;
  return null;
}

/** Every element `sourceId` may connect to right now, by the shared rule `canConnect`. */
export function connectTargets(flow: Flow, sourceId: string): ConnectTarget[] {
  const ids = [...flow.participants.map((p) => p.id), ...flow.process.steps.map((s) => s.id)];
  return ids
    .filter((id) => id !== sourceId && canConnect(flow, sourceId, id).ok)
    .map((id) => ({ id, label: elementLabel(flow, id) }));
}

/**
 * Why `sourceId` can connect to nothing now, in the rule's words: what the other steps answer
 * (for a Start that has its link, "A Start event can have only one outgoing sequence flow; …"),
 * a reason about the source before "already connected", the participants' answers last.
 */
export function whyNoTargets(flow: Flow, sourceId: string): string | null {
  const reasons = [
    ...flow.process.steps.map((s) => s.id),
    ...flow.participants.map((p) => p.id),
  ].flatMap((id) => {
    const r = id === sourceId ? null : canConnect(flow, sourceId, id);
    return r && !r.ok ? [r.reason] : [];
  });
  return reasons.find((r) => !/already connected/.test(r)) ?? reasons[0] ?? null;
}

/** The element's outgoing links, then its incoming ones (sequence and message flows). */
export function linksOf(flow: Flow, elementId: string): LinkEntry[] {
  const all = [...flow.process.sequenceFlows, ...flow.messageFlows];
  const entry = (linkId: string, direction: LinkEntry['direction'], other: string): LinkEntry => ({
    linkId,
    direction,
    otherName: nameOf(flow, other),
    description: linkDescription(flow, linkId) ?? linkId,
  });
  return [
    ...all.filter((l) => l.source === elementId).map((l) => entry(l.id, 'outgoing', l.target)),
    ...all.filter((l) => l.target === elementId).map((l) => entry(l.id, 'incoming', l.source)),
  ];
}
