import { beforeAll, describe, expect, it } from 'vitest';
import { BigDecimal, RoundingMode, exactDouble, installBigDecimal } from './bigDecimal';
import { javaDoubleString } from './javaText';
import { testEnv } from './testEnv';

const bd = (s: string): BigDecimal => new BigDecimal(s);
const text = (d: BigDecimal): string => String(d.toString());

describe('java.math.BigDecimal shim (values checked against Java 17)', () => {
  beforeAll(() => installBigDecimal(testEnv()));

  it('keeps the scale of its text and adds at the larger scale', () => {
    expect(text(bd('1.10').add(bd('2.205')))).toBe('3.305');
    expect(text(bd('19.99').multiply(bd('3')))).toBe('59.97');
    expect(text(bd('5').subtract(bd('7.50')))).toBe('-2.50');
    expect(bd('2.0').equals(bd('2.00'))).toBe(false);
    expect(bd('2.0').compareTo(bd('2.00'))).toBe(0);
  });

  it('rounds as Java does in setScale and divide', () => {
    expect(text(bd('59.985').setScale(2, RoundingMode.HALF_UP))).toBe('59.99');
    expect(text(bd('2.5').setScale(0, RoundingMode.HALF_EVEN))).toBe('2');
    expect(text(bd('-2.5').setScale(0, RoundingMode.HALF_UP))).toBe('-3');
    expect(text(bd('-2.1').setScale(0, RoundingMode.FLOOR))).toBe('-3');
    expect(text(bd('10').divide(bd('3'), 4, RoundingMode.HALF_UP))).toBe('3.3333');
    expect(text(bd('1').divide(bd('8')))).toBe('0.125');
    expect(text(bd('6.0').divide(bd('2')))).toBe('3.0');
    expect(() => bd('1').divide(bd('3'))).toThrow(/Non-terminating decimal expansion/);
    expect(() => bd('1.25').setScale(1)).toThrow(/Rounding necessary/);
    expect(text(bd('1.25').setScale(1, BigDecimal.ROUND_HALF_DOWN))).toBe('1.2');
  });

  it('prints like Java: scientific for tiny values, plain on request', () => {
    expect(text(bd('0.0000001'))).toBe('1E-7');
    expect(String(bd('0.0000001').toPlainString())).toBe('0.0000001');
    expect(text(bd('1.20E+3'))).toBe('1.20E+3');
    expect(text(bd('100').stripTrailingZeros())).toBe('1E+2');
    expect(text(BigDecimal.valueOf(2))).toBe('2.0');
    expect(text(new BigDecimal(0.5))).toBe('0.5');
    expect(text(new BigDecimal(0.1))).toBe(
      '0.1000000000000000055511151231257827021181583404541015625',
    );
  });

  it('acts as a number where JavaScript wants one', () => {
    expect(bd('3.305').valueOf() + 1).toBeCloseTo(4.305);
    expect(bd('42.9').intValue()).toBe(42);
    expect(JSON.stringify({ v: bd('1.50') })).toBe('{"v":1.5}');
    expect(exactDouble(0.25)).toEqual({ u: 25n, s: 2 });
  });

  it('rejects text that is not a number with NumberFormatException', () => {
    expect(() => bd('12a')).toThrow(
      'Character a is neither a decimal digit number, decimal point, nor "e" notation exponential mark.',
    );
  });
});

describe("Java's Double.toString", () => {
  it('formats as Java', () => {
    expect([3, 0.1, 2.5, 1e7, 1.5e-5, 123456.789, -0, NaN].map(javaDoubleString)).toEqual([
      '3.0',
      '0.1',
      '2.5',
      '1.0E7',
      '1.5E-5',
      '123456.789',
      '-0.0',
      'NaN',
    ]);
  });
});
