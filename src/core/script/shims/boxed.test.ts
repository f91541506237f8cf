import { describe, expect, it } from 'vitest';
import { JavaNumber } from './boxed';
import { body, runOn } from '../testing';

describe('boxed java.lang numbers (as Rhino: typeof "object", a number in arithmetic)', () => {
  it('behaves as a number where JavaScript wants one, and prints as Java', () => {
    const i = new JavaNumber('Integer', 42.9);
    expect([typeof i, i.valueOf(), Number(i) + 1, String(i), JSON.stringify({ i })]).toEqual([
      'object',
      42,
      43,
      '42',
      '{"i":42}',
    ]);
    expect(String(new JavaNumber('Double', 3))).toBe('3.0');
    expect(new JavaNumber('Integer', 1).equals(new JavaNumber('Long', 1))).toBe(false);
  });

  it('Integer.valueOf in a script (checked against Rhino 1.7.14)', async () => {
    const r = await runOn(
      body(`var n = java.lang.Integer.valueOf("41");
  var d = java.lang.Double.valueOf(2);
  message.setBody([typeof n, n == 41, n === 41, n + 1, d.toString(), java.lang.Double.toString(2)].join(","));`),
    );
    expect(r.message.body).toBe('object,true,false,42,2.0,2.0');
  });
});
