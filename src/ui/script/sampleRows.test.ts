import { describe, expect, it } from 'vitest';
import { recordToRows, rowsToRecord, sameRecord } from './sampleRows';

describe('sample rows', () => {
  it('round-trips a record through rows', () => {
    const record = { 'Content-Type': 'application/json', id: '7' };
    expect(rowsToRecord(recordToRows(record))).toEqual(record);
  });

  it('skips rows without a name, trims names and lets a later duplicate win', () => {
    expect(
      rowsToRecord([
        { name: '', value: 'draft' },
        { name: ' a ', value: '1' },
        { name: 'a', value: '2' },
      ]),
    ).toEqual({ a: '2' });
  });

  it('compares records by entries', () => {
    expect(sameRecord({ a: '1' }, { a: '1' })).toBe(true);
    expect(sameRecord({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameRecord({ a: '1' }, { b: '1' })).toBe(false);
    expect(sameRecord({}, { a: '1' })).toBe(false);
  });
});
