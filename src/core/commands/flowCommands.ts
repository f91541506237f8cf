import type { ExternalParameter, Flow } from '../model/flow';
import { LIMITS } from '../io/limits';
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
  if (settings.namespaceMapping !== undefined && typeof settings.namespaceMapping !== 'string')
    fail('Namespace Mapping must be text');
  if ((settings.namespaceMapping?.length ?? 0) > 10_000)
    fail('Namespace Mapping is longer than 10,000 characters');
  for (const [key, value] of Object.entries(settings.limits ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      fail(`Limit ${key} must be a positive number`);
  }
  return done({ ...flow, settings: { ...settings, limits: { ...settings.limits } } });
}

/** Sets externalised parameter values (one undo step); a type from parameters.propdef stays. */
export function flowParameters(
  flow: Flow,
  payload: CommandPayloads['flow.parameters'],
): CommandOutcome {
  const next: Record<string, ExternalParameter> = { ...flow.parameters };
  let changed = false;
  for (const name of payload.remove ?? []) {
    if (Object.prototype.hasOwnProperty.call(next, name)) {
      delete next[name];
      changed = true;
    }
  }
  for (const [name, value] of Object.entries(payload.values ?? {})) {
    if (!name.trim() || name.length > 200 || /[{}]/.test(name))
      fail(`"${name}" is not a valid parameter name`);
    if (typeof value !== 'string') fail(`The value of {{${name}}} must be text`);
    if (value.length > LIMITS.headerValue)
      fail(`The value of {{${name}}} is too long (at most ${LIMITS.headerValue} characters)`);
    const old = Object.prototype.hasOwnProperty.call(next, name) ? next[name] : undefined;
    if (old?.value === value) continue;
    next[name] = { ...old, value };
    changed = true;
  }
  if (!changed) return done(flow);
  const out: Flow = { ...flow, parameters: next };
  if (!Object.keys(next).length) delete out.parameters;
  return done(out);
}
