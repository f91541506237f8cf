import { beforeAll, describe, expect, it } from 'vitest';
import {
  installJavaString,
  JavaString,
  javaFormat,
  javaRegex,
  javaReplacement,
  jstr,
  str,
  toBytes,
  utf8Decode,
  utf8Encode,
  type JavaStringObject,
} from './javaString';

/** A Java string's method, called as a script would. */
function call(s: JavaStringObject, name: string, ...args: unknown[]): unknown {
  const m = (s as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  return m.apply(s, args);
}

describe('java.lang.String shim', () => {
  beforeAll(() =>
    installJavaString({
      describe: (v) => String(v),
      collectionItems: (v) => (v instanceof Set ? [...v] : null),
    }),
  );

  it('behaves as its primitive in concatenation, comparison and JSON', () => {
    const s = jstr('abc');
    expect(`${String(s)}!`).toBe('abc!');
    expect(s.valueOf()).toBe('abc');
    expect(JSON.stringify({ s })).toBe('{"s":"abc"}');
    expect(s).toBeInstanceOf(JavaString);
    expect(jstr(null)).toBeNull();
    expect(str(new JavaString(new Int8Array([104, -61, -87])))).toBe('hé');
    const called = (JavaString as unknown as (x: string) => JavaStringObject)('x');
    expect(called).toBeInstanceOf(JavaString);
  });

  it('answers Java methods: length() and its text, equals, split with Java regexes, compareTo', () => {
    const s = jstr('a,b,,c,,');
    const len = (s as unknown as { length: () => number }).length;
    expect(len()).toBe(8);
    expect(String(len)).toContain('int length()');
    expect(call(s, 'equals', 'a,b,,c,,')).toBe(true);
    expect(call(s, 'equalsIgnoreCase', jstr('A,B,,C,,'))).toBe(true);
    expect((call(s, 'split', ',') as unknown[]).map(String)).toEqual(['a', 'b', '', 'c']);
    expect((call(s, 'split', ',', 2) as unknown[]).map(String)).toEqual(['a', 'b,,c,,']);
    expect(call(jstr('b'), 'compareTo', 'a')).toBe(1);
    expect(call(jstr('abc'), 'hashCode')).toBe(96354);
    expect(String(call(jstr('Hello'), 'toUpperCase'))).toBe('HELLO');
    expect(call(jstr('Hello'), 'indexOf', jstr('l'))).toBe(2);
  });

  it('reads Java regexes and replacements', () => {
    expect(javaRegex('(?i)abc').flags).toBe('i');
    expect(javaReplacement('\\$$1')).toBe('$$$1');
    expect(String(call(jstr('a1b22'), 'replaceAll', '\\d+', '<$0>'))).toBe('a<$0>b<$0>');
    expect(String(call(jstr('a1b22'), 'replaceAll', '(\\d+)', '<$1>'))).toBe('a<1>b<22>');
    expect(call(jstr('2024-01-02'), 'matches', '\\d{4}-\\d{2}-\\d{2}')).toBe(true);
  });

  it('formats as String.format and joins collections', () => {
    expect(javaFormat('%-4s|%05d|%.2f|%X|%%|%n', 'ab', 42, 3.14159, 255)).toBe(
      'ab  |00042|3.14|FF|%|\n',
    );
    const statics = JavaString as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(String(statics.join!('-', new Set(['x', 'y'])))).toBe('x-y');
    expect(String(statics.join!('-', 'a', 'b'))).toBe('a-b');
    const valueOf = statics['valueOf'] as (v: unknown) => unknown;
    expect(String(valueOf(null))).toBe('null');
  });

  it('encodes and decodes UTF-8, including characters outside the BMP', () => {
    const text = 'aé€😀';
    const bytes = utf8Encode(text);
    expect(bytes).toEqual([97, 195, 169, 226, 130, 172, 240, 159, 152, 128]);
    expect(utf8Decode(bytes)).toBe(text);
    expect([...toBytes('é')]).toEqual([-61, -87]);
    expect(toBytes([1, 2])).toEqual(new Int8Array([1, 2]));
  });
});
