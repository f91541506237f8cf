import type { Flow } from '../model/flow';
import { assertConfig, assertName, done, fail, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Sets a sequence flow's name and/or replaces its config (e.g. a Router route condition). */
export function linkConfigure(
  flow: Flow,
  payload: CommandPayloads['link.configure'],
): CommandOutcome {
  const link = flow.process.sequenceFlows.find((l) => l.id === payload.id);
  if (!link) {
    if (flow.messageFlows.some((m) => m.id === payload.id))
      fail('Configure a Sender or Receiver connection through its adapter');
    fail(`Connection "${payload.id}" does not exist`);
  }
  const next = { ...link };
  if (payload.name !== undefined) next.name = assertName(payload.name, 'A name');
  if (payload.config !== undefined) next.config = { ...assertConfig(payload.config) };
  return done(
    withProcess(flow, (p) => ({
      sequenceFlows: p.sequenceFlows.map((l) => (l.id === payload.id ? next : l)),
    })),
  );
}
