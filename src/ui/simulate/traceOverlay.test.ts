import { describe, expect, it } from 'vitest';
import { errorText, traceToOverlay } from './traceOverlay';
import { entry, trace } from './traceFixture';

describe('traceToOverlay', () => {
  it('marks ran steps ok, sums the time of a step run twice, marks the route and the current step', () => {
    const t = trace([
      entry('A', { route: 'L1' }),
      entry('B', { route: 'L2' }),
      entry('A', { route: 'L1' }),
    ]);
    const { badges, travelled } = traceToOverlay(t, 'B');
    expect(badges.A).toEqual({ status: 'ok', durationMs: 4 });
    expect(badges.B).toMatchObject({ status: 'current', durationMs: 2 });
    expect(travelled).toEqual(['L1', 'L2']);
  });

  it('gives the failing step an error badge with its text, also when it failed before running', () => {
    const err = { type: 'TypeError', message: 'x is undefined', line: 3, column: 7 };
    const failed = traceToOverlay(trace([entry('A', { error: err })], { status: 'failed' }), null);
    expect(failed.badges.A).toEqual({
      status: 'error',
      durationMs: 2,
      error: 'Name A: TypeError: x is undefined (line 3, column 7)',
    });
    const budget = traceToOverlay(
      trace([entry('A')], {
        status: 'failed',
        error: { stepId: 'B', type: 'StepBudgetExceeded', message: 'loop' },
      }),
      null,
    );
    expect(budget.badges.B).toEqual({ status: 'error', error: 'B: StepBudgetExceeded: loop' });
  });

  it('errorText leaves out what it does not know', () => {
    expect(errorText('S', { type: 'E', message: 'm', line: 2 })).toBe('S: E: m (line 2)');
    expect(errorText('', { type: 'E', message: 'm' })).toBe('E: m');
    expect(
      errorText('Script 1', { type: 'E', message: 'm', line: 3, column: 7, fileName: 'a.js' }),
    ).toBe('Script 1: E: m (line 3, column 7 in a.js)');
    expect(errorText('S', { type: 'TimeoutError', message: 'm', fileName: 'a.js' })).toBe(
      'S: TimeoutError: m (in a.js)',
    );
  });
});
