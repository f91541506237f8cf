import { describe, expect, it } from 'vitest';
import { prettyBody, prettyXml } from './prettyBody';

describe('prettyBody', () => {
  it('pretty-prints JSON text', () => {
    expect(prettyBody('{"a":1,"b":[true]}')).toEqual({
      text: '{\n  "a": 1,\n  "b": [\n    true\n  ]\n}',
      format: 'json',
    });
  });

  it('leaves plain and broken text alone', () => {
    expect(prettyBody('Hello world from IFlow')).toEqual({
      text: 'Hello world from IFlow',
      format: 'text',
    });
    expect(prettyBody('{not json')).toEqual({ text: '{not json', format: 'text' });
    expect(prettyBody('<a><b></a>')).toEqual({ text: '<a><b></a>', format: 'text' });
  });

  it('shows objects as JSON and nothing for an empty body', () => {
    expect(prettyBody({ x: 'y' }).text).toBe('{\n  "x": "y"\n}');
    expect(prettyBody(null).text).toBe('');
    expect(prettyBody(42)).toEqual({ text: '42', format: 'json' });
  });

  it('pretty-prints XML with one line per element', () => {
    const input =
      '<?xml version="1.0"?><root a="1"><item>one</item><empty/><!-- c --><list><x>2</x></list></root>';
    expect(prettyBody(input)).toEqual({
      format: 'xml',
      text: [
        '<?xml version="1.0"?>',
        '<root a="1">',
        '  <item>one</item>',
        '  <empty/>',
        '  <!-- c -->',
        '  <list>',
        '    <x>2</x>',
        '  </list>',
        '</root>',
      ].join('\n'),
    });
  });

  it('keeps CDATA and namespaced tags intact', () => {
    expect(prettyXml('<ns:a><![CDATA[<b>]]></ns:a>')).toBe('<ns:a>\n  <![CDATA[<b>]]>\n</ns:a>');
  });

  it('shows a binary body as its size and a hex dump of its start', () => {
    expect(prettyBody(new Uint8Array([0x50, 0x4b, 3, 4, 255]))).toEqual({
      text: `Binary body, 5 bytes\n000000  ${'50 4b 03 04 ff'.padEnd(47)}  PK...`,
      format: 'text',
    });
  });
});
