import { describe, expect, it } from 'vitest';
import type { Trace, TraceEntry } from '../../core/engine';
import { selectionDetail } from './selectionDetail';

const msg = { body: '', headers: {}, properties: {} };
const entry = (stepId: string, extra: Partial<TraceEntry> = {}): TraceEntry => ({
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
const trace = (entries: TraceEntry[], extra: Partial<Trace> = {}): Trace => ({
  status: 'completed',
  entries,
  output: msg,
  durationMs: 10,
  route: entries.flatMap((e) => (e.route ? [e.route] : [])),
  exchangeId: 'x',
  messageId: 'm',
  ...extra,
});

describe('selectionDetail', () => {
  const t = trace([entry('A', { route: 'L1' }), entry('B')]);
  it('finds a step that ran, a link that was travelled, or neither', () => {
    expect(selectionDetail(t, ['A'])).toMatchObject({ kind: 'step', entries: [{ stepId: 'A' }] });
    expect(selectionDetail(t, ['L1'])).toMatchObject({ kind: 'link', entries: [{ stepId: 'A' }] });
    expect(selectionDetail(t, ['C'])).toEqual({ kind: 'untouched', id: 'C' });
    expect(selectionDetail(t, ['A', 'B'])).toEqual({ kind: 'none' });
    expect(selectionDetail(null, ['A'])).toEqual({ kind: 'none' });
  });
});
