import { describe, expect, it } from 'vitest';
import { parseCondition } from './parseCondition';
import { evaluateCondition } from './evaluateCondition';
import type { Message } from '../model/message';

const env = { now: () => new Date(0), camelId: 'c', exchangeId: 'e' };
const message: Message = {
  body: 'Order for Berlin',
  headers: { type: 'A', country: 'DE', amount: '150', code: 'AB-12' },
  properties: { n: 7, flag: 'true' },
};

function holds(condition: string, m: Message = message): boolean {
  const parsed = parseCondition(condition);
  if (!parsed.ok) throw new Error(parsed.error);
  return evaluateCondition(parsed.condition, m, env);
}

describe('Router Non-XML conditions', () => {
  it.each([
    ["${header.type} = 'A'", true],
    ["${header.type} = 'B'", false],
    ["${header.type} == 'A'", true],
    ["${header.type} != 'B'", true],
    ["${header.type} != 'A'", false],
    ['${header.amount} > 100', true],
    ['${header.amount} > 150', false],
    ['${header.amount} >= 150', true],
    ['${header.amount} < 1000', true],
    ['${header.amount} <= 149', false],
    ['${property.n} > 5', true],
    ["${property.n} = '7'", true],
    ["${in.body} contains 'Berlin'", true],
    ["${body} contains 'Paris'", false],
    ["${in.body} not contains 'Paris'", true],
    ["${in.body} not contains 'Berlin'", false],
    ["${header.country} in 'DE,FR'", true],
    ["${header.country} in 'FR, IT'", false],
    ["${header.country} not in 'FR,IT'", true],
    ["${header.country} not in 'DE, FR'", false],
    ["${header.code} regex '[A-Z]{2}-\\d+'", true],
    ["${header.code} regex 'AB'", false],
    ["${header.code} not regex 'AB'", true],
    ['${header.missing} = null', true],
    ['${header.type} != null', true],
    ["${header.missing} = ''", false],
    ['${header.missing} > 1', false],
  ])('%s → %s', (condition, expected) => {
    expect(holds(condition)).toBe(expected);
  });

  it('compares text as text when either side is not a number', () => {
    expect(holds("${header.type} < 'B'")).toBe(true);
    expect(holds("${header.code} > 'AA'")).toBe(true);
  });

  it('and binds tighter than or', () => {
    // false and true or true → (false and true) or true → true
    expect(holds("${header.type} = 'B' and ${property.n} > 5 or ${header.country} = 'DE'")).toBe(
      true,
    );
    // true or true and false → true or (true and false) → true
    expect(holds("${header.type} = 'A' or ${property.n} > 5 and ${header.country} = 'FR'")).toBe(
      true,
    );
    // false or true and false → false
    expect(holds("${header.type} = 'B' or ${property.n} > 5 and ${header.country} = 'FR'")).toBe(
      false,
    );
    expect(holds("(${header.type} = 'B' or ${property.n} > 5) and ${header.country} = 'FR'")).toBe(
      false,
    );
    expect(holds("${header.type} = 'A' && ${header.country} = 'DE' || 1 = 2")).toBe(true);
    expect(holds("${header.type} = 'A' AND ${header.country} = 'DE'")).toBe(true);
  });

  it('reports syntax errors for validation', () => {
    const error = (c: string) => {
      const p = parseCondition(c);
      return p.ok ? null : p.error;
    };
    expect(error('')).toBe('Condition is empty');
    expect(error("${header.type} = 'A")).toBe('Unclosed quote at position 18');
    expect(error('${header.type} A')).toBe('Unexpected word "A" (quote text literals)');
    expect(error('${header.type}')).toBe('Expected an operator such as = or contains');
    expect(error("${header.type} = 'A' and")).toBe('Expected a value, ${…} or a quoted literal');
    expect(error("${head.type} = 'A'")).toBe('Unknown expression "${head.type}"');
    expect(error("${header.c} regex '[a-'")).toBe("Invalid regular expression '[a-'");
    expect(error("${header.c} not equals 'x'")).toBe(
      '"not" must be followed by contains, in or regex',
    );
    expect(error("(${header.c} = 'x'")).toBe('Missing ")"');
  });
});
