import { describe, expect, it } from 'vitest';
import { Figures } from './figures';
import { printTable } from './printTable';
import { percentile } from './stats';

describe('Figures.part', () => {
  it('turns a failing part into n/a rows with the reason, keeping what it measured', async () => {
    const figures = new Figures();
    await figures.part('#3 script', ['a', 'b', 'c'], async () => {
      figures.add({ area: '#3 script', label: 'a', value: 1.5, unit: 'ms' });
      throw new Error('Cannot find module bench-sandbox\n    at stack line');
    });
    expect(figures.rows.map((r) => [r.label, r.value, r.note])).toEqual([
      ['a', 1.5, undefined],
      ['b', null, 'Cannot find module bench-sandbox'],
      ['c', null, 'Cannot find module bench-sandbox'],
    ]);
  });

  it('adds nothing extra when the part succeeds', async () => {
    const figures = new Figures();
    await figures.part('#4 simulation', ['x'], async () => {
      figures.add({ area: '#4 simulation', label: 'x', value: 10, unit: 'msg/s' });
    });
    expect(figures.rows).toHaveLength(1);
  });
});

describe('printTable', () => {
  it('prints n/a with its reason and the target beside the value', () => {
    const text = printTable([
      { area: '#2 designer', label: 'pan p95', value: 20.5, unit: 'ms', target: '≤ 33' },
      { area: '#2 designer', label: 'open', value: null, unit: '', note: 'no Chromium' },
    ]);
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/#2 designer .*pan p95 .*20\.5 ms .*≤ 33/);
    expect(lines[3]).toMatch(/^ +│ open .*n\/a .*\(no Chromium\)/);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});
