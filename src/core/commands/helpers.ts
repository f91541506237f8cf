import type { Flow, Step } from '../model/flow';
import { findStep } from '../model/elements';
import { CommandError, type CommandOutcome } from './types';

export function fail(reason: string): never {
  throw new CommandError(reason);
}

export function done(flow: Flow, created: string[] = []): CommandOutcome {
  return { flow, created };
}

export function requireStep(flow: Flow, id: string): Step {
  return findStep(flow, id) ?? fail(`Step "${id}" does not exist`);
}

/** New flow with the process replaced by `change(process)`; the rest is shared, not copied. */
export function withProcess(
  flow: Flow,
  change: (p: Flow['process']) => Partial<Flow['process']>,
): Flow {
  return { ...flow, process: { ...flow.process, ...change(flow.process) } };
}

/** New flow with one step replaced; other steps keep their identity (cheap React re-renders). */
export function updateStep(flow: Flow, id: string, change: (s: Step) => Step): Flow {
  requireStep(flow, id);
  return withProcess(flow, (p) => ({ steps: p.steps.map((s) => (s.id === id ? change(s) : s)) }));
}

export function assertName(name: unknown, what: string): string {
  if (typeof name !== 'string') fail(`${what} must be text`);
  if (name.length > 200) fail(`${what} is too long (at most 200 characters)`);
  return name;
}

export function assertFinitePoint(p: { x: number; y: number } | undefined, what: string): void {
  if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) fail(`${what} needs a valid position`);
}

export function assertConfig(config: unknown): Record<string, unknown> {
  if (!config || typeof config !== 'object' || Array.isArray(config))
    fail('Configuration must be an object');
  return config as Record<string, unknown>;
}
