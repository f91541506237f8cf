// Test data for the simulation views' tests: a trace built from script-step entries.
import type { Trace, TraceEntry } from '../../core/engine';

export const msg = { body: '', headers: {}, properties: {} };

/** One script step's run that took 2 ms and left the (empty) message as it was. */
export const entry = (stepId: string, extra: Partial<TraceEntry> = {}): TraceEntry => ({
  stepId,
  stepType: 'script',
  stepName: `Name ${stepId}`,
  before: msg,
  after: msg,
  durationMs: 2,
  logs: [],
  messageLog: { properties: {}, attachments: [] },
  ...extra,
});

/** A completed run of `entries`; its route is the links the entries took. */
export const trace = (entries: TraceEntry[], extra: Partial<Trace> = {}): Trace => ({
  status: 'completed',
  entries,
  output: msg,
  durationMs: 10,
  route: entries.flatMap((e) => (e.route ? [e.route] : [])),
  exchangeId: 'x',
  messageId: 'm',
  ...extra,
});
