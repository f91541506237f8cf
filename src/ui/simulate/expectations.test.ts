import { describe, expect, it } from 'vitest';
import type { Expectation } from '../../core/model/flow';
import {
  changeKind,
  describeExpectation,
  expectationProblem,
  suggestExpectations,
} from './expectations';
import { entry, msg, trace } from './traceFixture';

describe('expectations', () => {
  it('changing the kind keeps what still fits', () => {
    const h: Expectation = { kind: 'headerEquals', name: 'X', value: 'v' };
    expect(changeKind(h, 'propertyEquals')).toEqual({
      kind: 'propertyEquals',
      name: 'X',
      value: 'v',
    });
    expect(changeKind(h, 'bodyContains')).toEqual({ kind: 'bodyContains', value: 'v' });
    expect(changeKind(h, 'endsOk')).toEqual({ kind: 'endsOk' });
    expect(changeKind({ kind: 'bodyEquals', value: '' }, 'endsWithError')).toEqual({
      kind: 'endsWithError',
    });
  });
  it('a header or property expectation needs a name', () => {
    expect(expectationProblem({ kind: 'headerEquals', name: ' ', value: '' })).toMatch(
      /header name/,
    );
    expect(expectationProblem({ kind: 'bodyEquals', value: '' })).toBeNull();
  });
  it('describes expectations for lists', () => {
    expect(describeExpectation({ kind: 'headerEquals', name: 'A', value: 'b' })).toBe(
      'Header equals A = "b"',
    );
    expect(describeExpectation({ kind: 'endsWithError', contains: 'Type' })).toBe(
      'Ends with error containing "Type"',
    );
  });
  it('suggests ok + body after a completed run and the error after a failed one', () => {
    expect(suggestExpectations(trace([], { output: { ...msg, body: 'hi' } }))).toEqual([
      { kind: 'endsOk' },
      { kind: 'bodyEquals', value: 'hi' },
    ]);
    expect(
      suggestExpectations(
        trace([], { status: 'failed', error: { stepId: 'A', type: 'TypeError', message: 'm' } }),
      ),
    ).toEqual([{ kind: 'endsWithError', contains: 'TypeError' }]);
    expect(suggestExpectations(null)).toEqual([{ kind: 'endsOk' }]);
  });
});

describe('suggestExpectations after a stopped run', () => {
  const stopped = trace([entry('A'), entry('B')], {
    status: 'stopped',
    output: { ...msg, body: 'b' },
  });
  it('pins the body when the run stopped at the chosen end step', () => {
    expect(suggestExpectations(stopped, 'B')).toEqual([{ kind: 'bodyEquals', value: 'b' }]);
  });
  it('proposes only "ends ok" when the user stopped the run half-way', () => {
    expect(suggestExpectations(stopped, '')).toEqual([{ kind: 'endsOk' }]);
    expect(suggestExpectations(stopped, 'C')).toEqual([{ kind: 'endsOk' }]);
  });
});
