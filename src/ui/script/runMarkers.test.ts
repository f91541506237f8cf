import { describe, expect, it } from 'vitest';
import { ERROR_SEVERITY, errorMarker, formatScriptError } from './runMarkers';

const lines = ['function processData(message) {', '  message.nope();', '}'];
const len = (n: number) => lines[n - 1]?.length ?? 0;

describe('errorMarker', () => {
  it('marks from the error column to the end of its line', () => {
    const marker = errorMarker(
      { type: 'TypeError', message: 'not a function', line: 2, column: 3 },
      3,
      len,
    );
    expect(marker).toEqual({
      severity: ERROR_SEVERITY,
      message: 'TypeError: not a function',
      startLineNumber: 2,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 18,
    });
  });

  it('marks the whole line without a column and clamps lines past the end', () => {
    expect(errorMarker({ type: 'SyntaxError', message: 'x', line: 9 }, 3, len)).toMatchObject({
      startLineNumber: 3,
      startColumn: 1,
      endColumn: 2,
    });
  });

  it('gives no marker when the error has no line', () => {
    expect(errorMarker({ type: 'TimeoutError', message: 'too slow' }, 3, len)).toBeNull();
  });
});

describe('formatScriptError', () => {
  it('names type, message and position', () => {
    expect(
      formatScriptError({
        type: 'ReferenceError',
        message: 'x is not defined',
        line: 4,
        column: 7,
      }),
    ).toBe('ReferenceError: x is not defined (line 4:7)');
    expect(formatScriptError({ type: 'TimeoutError', message: 'limit' })).toBe(
      'TimeoutError: limit',
    );
  });
});
