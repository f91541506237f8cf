import { describe, expect, it } from 'vitest';
import { formatDuration, rangeError, toQuery, type MonitorFilter } from './monitorFilter';

const base: MonitorFilter = { flowId: '', status: '', range: 'all', from: '', to: '' };

describe('monitor filter', () => {
  it('maps flow, status and relative ranges to a log query at tenant time', () => {
    expect(toQuery(base, 1_000_000)).toEqual({ limit: 500 });
    expect(toQuery({ ...base, flowId: 'F', status: 'Failed', range: '1h' }, 10_000_000)).toEqual({
      limit: 500,
      flowId: 'F',
      status: 'Failed',
      from: 10_000_000 - 3_600_000,
    });
  });

  it('uses custom bounds when given and ignores empty ones', () => {
    const q = toQuery({ ...base, range: 'custom', from: '2026-01-01T10:00', to: '' }, 0);
    expect(q.from).toBe(new Date('2026-01-01T10:00').getTime());
    expect(q.to).toBeUndefined();
  });

  it('says when a custom range ends before it starts', () => {
    const custom = { ...base, range: 'custom' as const, from: '2026-12-06T10:00' };
    expect(rangeError({ ...custom, to: '2026-12-01T10:00' })).toBe(
      'From is later than To: no message can match',
    );
    expect(rangeError({ ...custom, to: '2026-12-07T10:00' })).toBeNull();
    expect(rangeError({ ...custom, to: '' })).toBeNull();
    expect(rangeError({ ...base, from: '2026-12-06T10:00', to: '2026-12-01T10:00' })).toBeNull();
  });

  it('formats durations', () => {
    expect([formatDuration(12.4), formatDuration(1250)]).toEqual(['12 ms', '1.25 s']);
  });
});
