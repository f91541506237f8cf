import type { Flow } from '../model/flow';
import { assertName, done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

const LOG_LEVELS = ['None', 'Info', 'Debug', 'Trace'];

export function flowRename(flow: Flow, payload: CommandPayloads['flow.rename']): CommandOutcome {
  const name = payload.name === undefined ? flow.name : assertName(payload.name, 'A flow name');
  if (payload.name !== undefined && !name.trim()) fail('A flow needs a name');
  const description = payload.description ?? flow.description;
  if (typeof description !== 'string' || description.length > 10000)
    fail('The description is too long');
  if (name === flow.name && description === flow.description) return done(flow);
  return done({ ...flow, name, description });
}

/** Merges the given settings (limits replace as a whole group) after checking their ranges. */
export function flowSettings(
  flow: Flow,
  payload: CommandPayloads['flow.settings'],
): CommandOutcome {
  const settings = { ...flow.settings, ...payload.settings };
  if (typeof settings.allowedHeaders !== 'string') fail('Allowed Header(s) must be text');
  if (!LOG_LEVELS.includes(settings.logLevel))
    fail(`Log level must be one of ${LOG_LEVELS.join(', ')}`);
  if (typeof settings.returnExceptionToSender !== 'boolean')
    fail('Return Exception to Sender must be on or off');
  for (const [key, value] of Object.entries(settings.limits ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      fail(`Limit ${key} must be a positive number`);
  }
  return done({ ...flow, settings: { ...settings, limits: { ...settings.limits } } });
}
