import type { Flow } from '../model/flow';
import { assertConfig, done, updateStep } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/**
 * Replaces a step's config. Not checked against the schema: a half-typed value is a problem
 * for validation to show inline, not a refused edit.
 */
export function stepConfigure(
  flow: Flow,
  payload: CommandPayloads['step.configure'],
): CommandOutcome {
  const config = assertConfig(payload.config);
  return done(updateStep(flow, payload.id, (s) => ({ ...s, config: { ...config } })));
}
