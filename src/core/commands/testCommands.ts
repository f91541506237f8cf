import type { Flow } from '../model/flow';
import { done, fail, requireStep } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Sets the live-preview input message of a step. */
export function sampleSet(flow: Flow, payload: CommandPayloads['sample.set']): CommandOutcome {
  requireStep(flow, payload.stepId);
  const { body, headers, properties } = payload.sample ?? {};
  if (typeof body !== 'string' || !headers || !properties)
    fail('A sample needs a body, headers and properties');
  return done({
    ...flow,
    samples: { ...flow.samples, [payload.stepId]: structuredClone(payload.sample) },
  });
}

/** Adds a test case, or replaces the one with the same id (keeping its place in the list). */
export function testCaseSave(
  flow: Flow,
  payload: CommandPayloads['testCase.save'],
): CommandOutcome {
  const testCase = structuredClone(payload.testCase);
  if (!testCase?.id) fail('A test case needs an id');
  if (!testCase.name?.trim()) fail('A test case needs a name');
  const exists = flow.testCases.some((t) => t.id === testCase.id);
  const testCases = exists
    ? flow.testCases.map((t) => (t.id === testCase.id ? testCase : t))
    : [...flow.testCases, testCase];
  return done({ ...flow, testCases }, exists ? [] : [testCase.id]);
}

export function testCaseDelete(
  flow: Flow,
  payload: CommandPayloads['testCase.delete'],
): CommandOutcome {
  if (!flow.testCases.some((t) => t.id === payload.id))
    fail(`Test case "${payload.id}" does not exist`);
  return done({ ...flow, testCases: flow.testCases.filter((t) => t.id !== payload.id) });
}
