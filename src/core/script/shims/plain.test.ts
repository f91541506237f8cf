import { beforeAll, describe, expect, it } from 'vitest';
import { installCollections, JavaList, makeMap } from './collections';
import { installJavaLang, JavaExceptions } from './javaLang';
import { installJavaString, jstr } from './javaString';
import { describe as text, plainArray, toPlain } from './plain';

describe('plain data leaving the sandbox', () => {
  beforeAll(() => {
    installJavaLang({
      str: String,
      jstr: (s) => s,
      describe: text,
      classFor: () => null,
      refusal: (api) => new Error(api),
    });
    installJavaString({ describe: text, collectionItems: () => null });
    installCollections({ describe: text, toPlain, plainArray });
  });

  it('turns Java shims, dates, bytes and toJSON into JSON data', () => {
    const map = makeMap({ linked: true }, { s: jstr('x'), list: new JavaList([1, jstr('y')]) });
    expect(
      toPlain(
        {
          map,
          when: new Date(0),
          bad: new Date(NaN),
          bytes: new Int8Array([1, -1]),
          big: 10n,
          fn: () => 1,
          custom: { toJSON: () => 'custom' },
        },
        0,
      ),
    ).toEqual({
      map: { s: 'x', list: [1, 'y'] },
      when: '1970-01-01T00:00:00.000Z',
      bad: null,
      bytes: [1, -1],
      big: '10',
      custom: 'custom',
    });
    expect(plainArray([undefined, () => 1], 0)).toEqual([null, null]);
  });

  it('refuses values nested too deeply or circular', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => toPlain(loop, 0)).toThrow('nested too deeply (or circular)');
  });

  it('describes values as Java prints them', () => {
    expect(text(jstr('s'))).toBe('s');
    expect(text(new JavaExceptions.IllegalStateException!('bad'))).toBe(
      'java.lang.IllegalStateException: bad',
    );
    expect(text({ a: [1] })).toBe('{"a":[1]}');
    expect(text(new JavaList([1, 2]))).toBe('[1, 2]');
    expect(text(null)).toBe('null');
  });
});
