import { describe, expect, it } from 'vitest';
import { checkXPath, evaluateXPathCondition } from './xpathCondition';

const xml = `<?xml version="1.0"?>
<order xmlns:p="urn:prices" id="7">
  <type>A</type>
  <item qty="2"><price>10.5</price></item>
  <item qty="5"><price>3</price></item>
  <p:total>24</p:total>
</order>`;

describe('Router XML conditions (XPath)', () => {
  it.each([
    ["/order/type = 'A'", true],
    ["/order/type = 'B'", false],
    ['//item', true],
    ['//missing', false],
    ['count(//item) = 2', true],
    ['sum(//item/@qty) > 6', true],
    ['/order/@id = 7', true],
    ['//item[@qty > 4]/price = 3', true],
    ["/order/type = 'A' and count(//item) > 5", false],
    ["/order/type = 'A' or count(//item) > 5", true],
    ["local-name(/order/*[local-name()='total']) = 'total'", true],
    ['string(/order/type)', true],
    ['0', false],
  ])('%s → %s', async (expression, expected) => {
    expect(await evaluateXPathCondition(xml, expression)).toBe(expected);
  });

  it('resolves namespace prefixes given a mapping', async () => {
    expect(await evaluateXPathCondition(xml, '/order/p:total = 24', { p: 'urn:prices' })).toBe(
      true,
    );
  });

  it('reports bad XPath and bodies that are not XML', async () => {
    expect(checkXPath('/order/type = ')).toMatch(/^Invalid XPath/);
    expect(checkXPath("/order/type = 'A'")).toBeNull();
    await expect(evaluateXPathCondition('{"a":1}', '/a')).rejects.toThrow(/not valid XML/);
    await expect(evaluateXPathCondition('', '/a')).rejects.toThrow(
      'The message body is empty, not XML',
    );
  });

  it('compiles the full expression at run time, before reading the body', async () => {
    // "/a/b()" passes the quick syntax check (it does not know node tests) but not the compiler.
    expect(checkXPath('/a/b()')).toBeNull();
    const bad = evaluateXPathCondition('not xml', '/a/b()');
    await expect(bad).rejects.toMatchObject({ name: 'ExpressionError' });
    await expect(bad).rejects.toThrow(/^Invalid XPath "\/a\/b\(\)": /);
    await expect(evaluateXPathCondition('<a/>', '/p:a')).rejects.toThrow(/^XPath "\/p:a" failed: /);
  });
});
