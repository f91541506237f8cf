import type { Flow } from '../model/flow';
import { findElement } from '../model/elements';
import { assertName, done, fail, updateStep, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Renames a participant, a step, the pool or a sequence flow. Empty names are allowed while typing. */
export function elementRename(
  flow: Flow,
  payload: CommandPayloads['element.rename'],
): CommandOutcome {
  const name = assertName(payload.name, 'A name');
  const found = findElement(flow, payload.id) ?? fail(`Element "${payload.id}" does not exist`);
  if (found.kind === 'messageFlow')
    fail('A Sender or Receiver connection has no name; rename its participant');
  if ('name' in found.element && found.element.name === name) return done(flow);
  switch (found.kind) {
    case 'participant':
      return done({
        ...flow,
        participants: flow.participants.map((p) => (p.id === payload.id ? { ...p, name } : p)),
      });
    case 'step':
      return done(updateStep(flow, payload.id, (s) => ({ ...s, name })));
    case 'process':
      return done(withProcess(flow, () => ({ name })));
    case 'sequenceFlow':
      return done(
        withProcess(flow, (p) => ({
          sequenceFlows: p.sequenceFlows.map((l) => (l.id === payload.id ? { ...l, name } : l)),
        })),
      );
  }
}
