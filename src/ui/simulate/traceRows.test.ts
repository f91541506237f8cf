import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../core/engine';
import { partLabel, traceRows } from './traceRows';

const msg = { body: '', headers: {}, properties: {} };
const entry = (stepId: string, index?: number): TraceEntry => ({
  stepId,
  stepType: 'contentModifier',
  stepName: stepId,
  before: msg,
  after: msg,
  durationMs: 0,
  logs: [],
  messageLog: { properties: {}, attachments: [] },
  ...(index ? { part: { forkStepId: 'Split', kind: 'split', index, count: 500, depth: 0 } } : {}),
});

describe('trace rows', () => {
  it('shows every step of a short run', () => {
    const rows = traceRows([entry('Start'), entry('A', 1), entry('End')]);
    expect(rows.map((r) => r.kind)).toEqual(['entry', 'entry', 'entry']);
  });

  it('caps a run of many split messages, saying what is not shown', () => {
    const entries = [
      entry('Start'),
      ...Array.from({ length: 500 }, (_, i) => entry('A', i + 1)),
      entry('Gather'),
    ];
    const rows = traceRows(entries);
    expect(rows).toHaveLength(201);
    expect(rows[150]).toEqual({
      kind: 'gap',
      text: '… 302 more steps not shown (split messages 150–451 of 500)',
    });
    const lastRow = rows.at(-1)!;
    expect(lastRow.kind === 'entry' && lastRow.index).toBe(501);
    expect(partLabel(entries[2]!.part!)).toBe('split 2 of 500');
  });
});
