import type { Flow } from '../model/flow';
import { findStep } from '../model/elements';
import { getStepType, isParticipantType } from '../registry/registry';
import { typeNoun, withArticle } from './describe';

export type AddCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether an element of `type` may be added (palette drop, paste): the type exists, a singleton
 * (Start) appears once per process or subprocess, and a parent must be a container.
 */
export function canAdd(flow: Flow, type: string, parentId?: string): AddCheck {
  const def = getStepType(type);
  if (!def) return { ok: false, reason: `Unknown element type "${type}"` };
  if (isParticipantType(type)) {
    return parentId
      ? { ok: false, reason: 'Participants belong outside the Integration Process' }
      : { ok: true };
  }
  if (parentId !== undefined) {
    const parent = findStep(flow, parentId);
    const parentDef = parent && getStepType(parent.type);
    if (!parent || !parentDef?.container)
      return { ok: false, reason: `"${parentId}" is not a subprocess that can hold steps` };
    if (def.container)
      return { ok: false, reason: 'A subprocess cannot be placed inside another one' };
  }
  if (def.singleton) {
    const taken = flow.process.steps.some((s) => s.type === type && s.parentId === parentId);
    if (taken) {
      const where = parentId ? 'This subprocess' : 'The process';
      return {
        ok: false,
        reason: `${where} already has ${withArticle(typeNoun(def), true)}; only one is allowed`,
      };
    }
  }
  return { ok: true };
}
