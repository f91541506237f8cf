import type { StepTypeDef } from './types';
import { senderType } from '../steps/sender';
import { receiverType } from '../steps/receiver';
import { startEventType } from '../steps/startEvent';
import { endEventType } from '../steps/endEvent';
import { scriptType } from '../steps/script';

// The casts widen each definition's config type to the registry's common shape.
const defs = [
  senderType,
  receiverType,
  startEventType,
  endEventType,
  scriptType,
] as unknown as StepTypeDef[];

/**
 * Every element type, in palette order. Adding a step type = one folder under src/core/steps
 * plus one line here.
 */
export const elementTypes: readonly StepTypeDef[] = defs;

const byType = new Map(elementTypes.map((d) => [d.type, d]));

export function getStepType(type: string): StepTypeDef | undefined {
  return byType.get(type);
}

export function isParticipantType(type: string): boolean {
  return type === 'sender' || type === 'receiver';
}
