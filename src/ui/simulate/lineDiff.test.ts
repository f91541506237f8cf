import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('lineDiff', () => {
  it('marks added and removed lines around common ones', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });
  it('handles empty sides and equal texts', () => {
    expect(lineDiff('', 'x')).toEqual([{ kind: 'added', text: 'x' }]);
    expect(lineDiff('x', '')).toEqual([{ kind: 'removed', text: 'x' }]);
    expect(lineDiff('x\ny', 'x\ny').every((l) => l.kind === 'same')).toBe(true);
  });
  it('keeps common lines in the middle (LCS)', () => {
    const kinds = lineDiff('1\nx\n2\ny\n3', '1\n2\n3').map((l) => `${l.kind[0]}${l.text}`);
    expect(kinds).toEqual(['s1', 'rx', 's2', 'ry', 's3']);
  });
});
