import type { Flow, MessageFlow, Participant, SequenceFlow, Step } from '../model/flow';
import { allIds, copyName, idPrefix, nextId } from '../model/ids';
import { getStepType } from '../registry/registry';
import { canAdd } from '../rules/canAdd';
import { copySelection, withClipboardScripts } from './clipboard';
import { growToFit } from './growToFit';
import { done, fail } from './helpers';
import type { ClipboardData, CommandOutcome, CommandPayloads } from './types';

/** How far a duplicate lands from its original, so both stay visible. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

/**
 * Pastes a clipboard slice: every element and link gets a new id, top-level positions shift by
 * `offset`, links are kept only when both ends were pasted. A singleton (Start) that would be a
 * second one in its process is left out with its links; if nothing is left the paste is refused.
 * A name already used gets the next number ("Script 1" → "Script 2"), as element.add numbers
 * new elements. The pool grows when a pasted step lands outside it.
 *
 * Script resources are shared, not copied: a pasted Script step points at the same script file
 * as its original, as in CPI, where several steps may reuse one script. Only a script missing
 * in this flow (a paste from another flow) is added from the clipboard.
 */
export function elementsPaste(
  flow: Flow,
  payload: CommandPayloads['elements.paste'],
): CommandOutcome {
  const clip = payload.clipboard;
  if (clip?.kind !== 'ifs-clipboard') fail('The clipboard holds no flow elements');
  const taken = allIds(flow);
  const newIds = new Map<string, string>();
  const fresh = (oldId: string, prefix: string) => {
    const id = nextId(taken, prefix);
    taken.add(id);
    newIds.set(oldId, id);
    return id;
  };
  const shift = (p: { x: number; y: number }) => ({
    x: p.x + payload.offset.x,
    y: p.y + payload.offset.y,
  });

  const participantNames = flow.participants.map((p) => p.name);
  const participants: Participant[] = clip.participants.map((p) => {
    const name = copyName(p.name, participantNames);
    participantNames.push(name);
    return {
      ...structuredClone(p),
      id: fresh(p.id, 'Participant'),
      name,
      position: shift(p.position),
    };
  });
  const steps = pasteSteps(flow, clip, fresh, newIds, shift);
  const mapLink = <L extends SequenceFlow | MessageFlow>(l: L, prefix: string): L[] => {
    const source = newIds.get(l.source);
    const target = newIds.get(l.target);
    if (!source || !target) return [];
    return [{ ...structuredClone(l), id: fresh(l.id, prefix), source, target }];
  };
  const sequenceFlows = clip.sequenceFlows.flatMap((l) => mapLink(l, 'SequenceFlow'));
  const messageFlows = clip.messageFlows.flatMap((l) => mapLink(l, 'MessageFlow'));
  if (participants.length + steps.length === 0)
    fail('Nothing to paste: the process already has these elements');

  const pasted: Flow = {
    ...flow,
    participants: [...flow.participants, ...participants],
    process: {
      ...flow.process,
      steps: [...flow.process.steps, ...steps],
      sequenceFlows: [...flow.process.sequenceFlows, ...sequenceFlows],
    },
    messageFlows: [...flow.messageFlows, ...messageFlows],
    resources: withClipboardScripts(flow, clip, steps),
  };
  return done(
    growToFit(
      pasted,
      steps.map((s) => s.id),
    ),
    [...participants, ...steps, ...sequenceFlows, ...messageFlows].map((e) => e.id),
  );
}

/**
 * Steps keep their parent when it was pasted too (position stays relative to it) or when it
 * exists in this flow; otherwise they land in the pool.
 */
function pasteSteps(
  flow: Flow,
  clip: ClipboardData,
  fresh: (oldId: string, prefix: string) => string,
  newIds: Map<string, string>,
  shift: (p: { x: number; y: number }) => { x: number; y: number },
): Step[] {
  const result: Step[] = [];
  const names = flow.process.steps.map((s) => s.name);
  const pastedParents = new Set(clip.steps.map((s) => s.id));
  // Top-level steps first, so every pasted parent has its new id before its children.
  const ordered = [...clip.steps].sort(
    (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
  );
  for (const step of ordered) {
    const parentInClip = step.parentId !== undefined && pastedParents.has(step.parentId);
    let parentId = parentInClip ? newIds.get(step.parentId as string) : step.parentId;
    if (parentInClip && parentId === undefined) continue; // its parent was left out
    if (parentId !== undefined && !parentInClip && !canAdd(flow, step.type, parentId).ok)
      parentId = undefined;
    const scope = {
      ...flow,
      process: { ...flow.process, steps: [...flow.process.steps, ...result] },
    };
    if (!canAdd(scope, step.type, parentId).ok) continue;
    const name = copyName(step.name, names);
    names.push(name);
    const copy: Step = {
      ...structuredClone(step),
      id: fresh(step.id, idPrefix(getStepType(step.type)?.type ?? step.type)),
      name,
      position: parentInClip ? { ...step.position } : shift(step.position),
    };
    if (parentId === undefined) delete copy.parentId;
    else copy.parentId = parentId;
    result.push(copy);
  }
  return result;
}

export function elementsDuplicate(
  flow: Flow,
  payload: CommandPayloads['elements.duplicate'],
): CommandOutcome {
  const clipboard = copySelection(flow, payload.ids);
  return elementsPaste(flow, { clipboard, offset: DUPLICATE_OFFSET });
}
