import { describe, expect, it } from 'vitest';
import { parseExpression } from './parseExpression';
import { evaluateExpression, evaluateText } from './evaluateExpression';
import { formatJavaDate, checkJavaDatePattern } from './formatJavaDate';

const env = {
  now: () => new Date('2026-03-05T08:09:10.123Z'),
  camelId: 'Flow_1',
  exchangeId: 'ID-x-1',
};
const message = {
  body: '<a/>',
  headers: { id: '42', 'X-Trace': 't1', n: 7 },
  properties: { customer: 'Ada' },
};

describe('parseExpression', () => {
  it('splits literal text and references', () => {
    expect(parseExpression('Order ${header.id} for ${property.customer}!').parts).toEqual([
      { kind: 'text', text: 'Order ' },
      { kind: 'header', name: 'id' },
      { kind: 'text', text: ' for ' },
      { kind: 'property', name: 'customer' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('accepts the CPI spellings', () => {
    for (const e of [
      '${in.header.id}',
      '${headers.id}',
      '${header[id]}',
      '${exchangeProperty.p}',
      '${in.body}',
      '${body}',
      '${bodyAs(String)}',
      '${camelId}',
      '${exchangeId}',
      '${date:now:yyyy-MM-dd}',
      '${exception.message}',
    ])
      expect(parseExpression(e).errors, e).toEqual([]);
  });

  it('reports unknown expressions, bad date patterns and unclosed references', () => {
    expect(parseExpression('${header}').errors).toEqual(['Unknown expression "${header}"']);
    expect(parseExpression('x ${foo.bar} y').errors).toEqual(['Unknown expression "${foo.bar}"']);
    expect(parseExpression('${date:now:yyyy-bb}').errors).toEqual([
      `Illegal pattern character 'b' in date pattern "yyyy-bb"`,
    ]);
    expect(parseExpression('${date:today}').errors).toEqual([
      'Unknown date expression "${date:today}"',
    ]);
    expect(parseExpression('a ${header.x').errors).toEqual(['Unclosed "${" at position 3']);
    expect(parseExpression('plain text').errors).toEqual([]);
  });
});

describe('evaluateExpression', () => {
  it('substitutes references into literal text', () => {
    expect(
      evaluateText(
        'Order ${header.id} by ${property.customer} in ${exchangeId} of ${camelId}',
        message,
        env,
      ),
    ).toBe('Order 42 by Ada in ID-x-1 of Flow_1');
    expect(evaluateText('[${in.body}|${body}]', message, env)).toBe('[<a/>|<a/>]');
    expect(evaluateText('${header[X-Trace]}', message, env)).toBe('t1');
  });

  it('keeps the value of a lone reference and treats missing values as empty text', () => {
    expect(evaluateExpression('${header.n}', message, env)).toBe(7);
    expect(evaluateExpression('${header.missing}', message, env)).toBeUndefined();
    expect(evaluateText('a${header.missing}b', message, env)).toBe('ab');
  });

  it('formats ${date:now:…} with Java patterns in UTC', () => {
    expect(evaluateText('${date:now:yyyy-MM-dd}', message, env)).toBe('2026-03-05');
    expect(evaluateText("${date:now:yyyyMMdd'T'HHmmss.SSS}", message, env)).toBe(
      '20260305T080910.123',
    );
  });

  it('throws on an unknown expression at run time too', () => {
    expect(() => evaluateText('${nope}', message, env)).toThrow('Unknown expression "${nope}"');
  });
});

describe('formatJavaDate', () => {
  const d = new Date('2026-12-24T15:04:05.006Z');
  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2026-12-24 15:04:05'],
    ['yy/M/d', '26/12/24'],
    ['EEE, d MMM yyyy', 'Thu, 24 Dec 2026'],
    ['EEEE MMMM', 'Thursday December'],
    ['hh:mm a', '03:04 PM'],
    ['SSS', '006'],
    ['D', '358'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2026-12-24T15:04:05Z'],
    ['Z z', '+0000 UTC'],
    ["'o''clock' H", "o'clock 15"],
  ])('%s', (pattern, expected) => {
    expect(formatJavaDate(d, pattern)).toBe(expected);
  });

  it('rejects letters SimpleDateFormat does not know', () => {
    expect(checkJavaDatePattern('yyyy-MM-dd')).toBeNull();
    expect(checkJavaDatePattern("'quoted' H")).toBeNull();
    expect(checkJavaDatePattern('yyyy-q')).toMatch(/Illegal pattern character 'q'/);
  });
});
