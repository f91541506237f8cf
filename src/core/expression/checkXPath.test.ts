import { describe, expect, it } from 'vitest';
import * as xpath from 'xpath';
import { checkXPath } from './checkXPath';

// `parse` exists at runtime but is missing from the package's typings.
const compiles = (e: string) => {
  try {
    (xpath as unknown as { parse: (e: string) => unknown }).parse(e);
    return true;
  } catch {
    return false;
  }
};

const valid = [
  "/order/type = 'A'",
  '//item',
  'count(//item) = 2',
  'sum(//item/@qty) > 6',
  '/order/@id = 7',
  '//item[@qty > 4]/price = 3',
  "/order/type = 'A' and count(//item) > 5",
  "local-name(/order/*[local-name()='total']) = 'total'",
  'string(/order/type)',
  '0',
  '/',
  'count(/) = 1',
  '/o:order/o:prio',
  '/a/ns:*',
  'child::order/attribute::*',
  '//text()',
  '../a | ./b',
  '(//item)[last()]/@qty',
  '2 * 3 div 4 mod 5 - -1 >= .5',
  '//*[@*]',
  '/and/or',
  'not(//error)',
  "concat('a', \"b\") != 'ab'",
  '$x = 1',
  '//item[position() <= 2 or @qty != 5]',
  '/order/total-price > 10',
  '/a/b - 1',
  '/Bestellung/Größe',
];

const invalid: [string, RegExp][] = [
  ['/order/type = ', /ends with the operator "="/],
  ['//[', /"\[" at position 3 must follow a step/],
  ["/order/type = 'A", /unclosed quote at position 15/],
  ['count(//item', /unclosed "\(" at position 6/],
  ['/a[1)', /"\)" at position 5 does not close "\["/],
  ['/a)', /"\)" at position 3 closes nothing/],
  ['/a[]', /empty predicate/],
  ['//item[@qty >]', /">" before "\]" at position 14 has no right operand/],
  ['count(//item) = = 2', /"=" at position 17 has no left operand/],
  ["/order/type eq 'A'", /missing operator before "eq" at position 13/],
  ['/a/!b', /unexpected character "!"/],
  ['/a; /b', /unexpected character ";"/],
  ['/a//', /ends with "\/\/"/],
  ['/a/@', /"@" at position 4 must be followed by a name/],
  ['= 5', /"=" at position 1 has no left operand/],
  ['/a///b', /"\/" at position 5 follows "\/\/"/],
];

describe('checkXPath (syntax only, no XPath library)', () => {
  it.each(valid)('accepts %s (the XPath library compiles it too)', (e) => {
    expect(compiles(e)).toBe(true);
    expect(checkXPath(e)).toBeNull();
  });

  it.each(invalid)('rejects %s, which the XPath library rejects too', (e, reason) => {
    expect(compiles(e)).toBe(false);
    expect(checkXPath(e)).toMatch(/^Invalid XPath "/);
    expect(checkXPath(e)).toMatch(reason);
  });

  it('reports an empty condition', () => {
    expect(checkXPath('  ')).toBe('Condition is empty');
  });
});
