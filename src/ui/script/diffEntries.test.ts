import { describe, expect, it } from 'vitest';
import { diffEntries, displayValue } from './diffEntries';

describe('diffEntries', () => {
  it('marks added, changed, removed and unchanged entries', () => {
    const rows = diffEntries(
      { keep: 'a', change: 'old', drop: 'x' },
      { keep: 'a', change: 'new', add: 'y' },
    );
    expect(rows).toEqual([
      { name: 'keep', status: 'same', before: 'a', after: 'a' },
      { name: 'change', status: 'changed', before: 'old', after: 'new' },
      { name: 'add', status: 'added', after: 'y' },
      { name: 'drop', status: 'removed', before: 'x' },
    ]);
  });

  it('compares non-string values by their displayed text', () => {
    const rows = diffEntries({ n: '1', o: '{"a":1}' }, { n: 1, o: { a: 1 } });
    expect(rows.map((r) => r.status)).toEqual(['same', 'same']);
    expect(diffEntries({ n: '1' }, { n: 2 })[0]).toMatchObject({ status: 'changed', after: '2' });
  });

  it('handles empty maps and inherited names safely', () => {
    expect(diffEntries({}, {})).toEqual([]);
    expect(diffEntries({}, { toString: 'x' })[0]?.status).toBe('added');
  });
});

describe('displayValue', () => {
  it('shows strings raw and other values as JSON', () => {
    expect(displayValue('a b')).toBe('a b');
    expect(displayValue(null)).toBe('null');
    expect(displayValue([1, 'x'])).toBe('[1,"x"]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(displayValue(cyclic)).toBe('[object Object]');
  });
});
