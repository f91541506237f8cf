import type { Flow, SequenceFlow } from '../model/flow';
import { allIds, nextId } from '../model/ids';
import { canConnect } from '../rules/canConnect';
import { done, fail, requireStep, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/**
 * Puts a step into a sequence flow A → B: the link keeps its id, name and config (a Router
 * route's condition, its place in the route order) and now ends at the step; a new link goes
 * from the step to B. Both halves pass the connection rules.
 */
export function linkSplit(flow: Flow, payload: CommandPayloads['link.split']): CommandOutcome {
  const link = flow.process.sequenceFlows.find((l) => l.id === payload.id);
  if (!link) fail(`Sequence flow "${payload.id}" does not exist`);
  requireStep(flow, payload.stepId);
  if (link.source === payload.stepId || link.target === payload.stepId)
    fail('A step cannot be inserted into its own connection');
  const without = withProcess(flow, (p) => ({
    sequenceFlows: p.sequenceFlows.filter((l) => l.id !== link.id),
  }));
  const first = canConnect(without, link.source, payload.stepId);
  if (!first.ok) fail(first.reason);
  const retargeted: SequenceFlow = { ...link, target: payload.stepId };
  const half = withProcess(flow, (p) => ({
    sequenceFlows: p.sequenceFlows.map((l) => (l.id === link.id ? retargeted : l)),
  }));
  const second = canConnect(half, payload.stepId, link.target);
  if (!second.ok) fail(second.reason);
  const id = nextId(allIds(flow), 'SequenceFlow');
  const added: SequenceFlow = { id, source: payload.stepId, target: link.target };
  return done(
    withProcess(half, (p) => ({ sequenceFlows: [...p.sequenceFlows, added] })),
    [id],
  );
}
