import { describe, expect, it } from 'vitest';
import { selectionDetail } from './selectionDetail';
import { entry, trace } from './traceFixture';

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
