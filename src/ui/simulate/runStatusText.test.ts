import { describe, expect, it } from 'vitest';
import type { Trace, TraceEntry } from '../../core/engine';
import { runStatusText } from './runStatusText';

const entry = (ms: number) => ({ stepId: 'S', durationMs: ms }) as TraceEntry;
const trace = (status: Trace['status'], entries: TraceEntry[], durationMs = 1500): Trace =>
  ({ status, entries, durationMs }) as Trace;
const idle = { busy: false, paused: false, stepped: false };

describe('runStatusText', () => {
  it('names the outcome, the total time and the steps run', () => {
    expect(
      runStatusText({ ...idle, trace: trace('completed', [entry(1), entry(2), entry(3)], 12.4) }),
    ).toBe('Completed in 12 ms · 3 steps run');
    expect(runStatusText({ ...idle, trace: trace('failed', [entry(1)]) })).toBe(
      'Failed in 1.50 s · 1 step run',
    );
    expect(runStatusText({ ...idle, trace: trace('stopped', []) })).toBe(
      'Stopped in 1.50 s · 0 steps run',
    );
  });
  it('a stepped run counts the steps own time, not the pauses between clicks', () => {
    expect(
      runStatusText({
        ...idle,
        stepped: true,
        trace: trace('completed', [entry(2), entry(3)], 9000),
      }),
    ).toBe('Completed in 5 ms · 2 steps run');
  });
  it('says when nothing ran, a run is going or paused', () => {
    expect(runStatusText({ ...idle, trace: null })).toBe('Not run yet');
    expect(runStatusText({ ...idle, busy: true, trace: null })).toBe('Running…');
    expect(runStatusText({ ...idle, paused: true, trace: trace('stopped', [entry(1)]) })).toBe(
      'Paused · 1 step run',
    );
  });
});
