import { beforeAll, describe, expect, it } from 'vitest';
import { JavaNumber } from './boxed';
import {
  caughtException,
  exceptionData,
  installJavaLang,
  JavaExceptions,
  javaExceptionOf,
  jthrow,
  parseFloatStrict,
  parseIntStrict,
  StringBuilder,
  withExceptions,
  type JavaLang,
} from './javaLang';

describe('java.lang shims', () => {
  let lang: JavaLang;
  beforeAll(() => {
    lang = installJavaLang({
      str: (v) => String(v),
      jstr: (s) => s,
      describe: (v) => String(v),
      classFor: () => null,
      refusal: (api, why) => new Error(`${api} is not available in the studio: ${why}`),
    });
  });

  it('throws Java exceptions as Rhino wraps them, with the Java one inside', () => {
    const NumberFormat = JavaExceptions.NumberFormatException!;
    const thrown = jthrow(NumberFormat, 'For input string: "x"');
    expect(thrown.name).toBe('JavaException');
    expect(thrown.message).toBe('java.lang.NumberFormatException: For input string: "x"');
    const java = javaExceptionOf(thrown);
    expect(java).toBeInstanceOf(JavaExceptions.IllegalArgumentException!);
    expect(java).toBeInstanceOf(Error);
    expect(exceptionData(thrown)).toEqual({
      '@exception': true,
      type: 'java.lang.NumberFormatException',
      message: 'For input string: "x"',
    });
    const called = (NumberFormat as unknown as (m: string) => Error)('no new');
    expect(called).toBeInstanceOf(NumberFormat);
    expect(String(called)).toBe('java.lang.NumberFormatException: no new');
  });

  it('turns CamelExceptionCaught data into an exception and back, keeping its type and position', () => {
    const data = { '@exception': true as const, type: 'com.acme.Boom', message: 'down', line: 3 };
    const e = caughtException(data);
    expect(e).toBeInstanceOf(JavaExceptions.Exception!);
    expect(e.name).toBe('com.acme.Boom');
    expect(exceptionData(e)).toEqual(data);
    const record = { plain: 'x', caught: data };
    const converted = withExceptions(record);
    expect(converted.plain).toBe('x');
    expect(converted.caught).toBeInstanceOf(Error);
    expect(withExceptions({ a: 1 })).toEqual({ a: 1 });
  });

  it('parses numbers as Java does, and refuses what Java refuses', () => {
    expect(parseIntStrict('-42')).toBe(-42);
    expect(parseIntStrict('ff', 16)).toBe(255);
    expect(() => parseIntStrict('4.2')).toThrow('For input string: "4.2"');
    expect(parseFloatStrict(' 1.5d ')).toBe(1.5);
    expect(() => parseFloatStrict('1,5')).toThrow('For input string: "1,5"');
    const boxed = lang.Integer('7');
    expect(boxed).toBeInstanceOf(JavaNumber);
    expect(boxed.valueOf()).toBe(7);
    expect(String(lang.Double(3))).toBe('3.0');
    expect(lang.Boolean.parseBoolean('TRUE')).toBe(true);
    expect(lang.Boolean.parseBoolean(null)).toBe(false);
  });

  it('builds strings with StringBuilder, also called without new', () => {
    const sb = new StringBuilder('ab');
    sb.append(null).append(1).insert(0, '>').deleteCharAt(1);
    expect(String(sb)).toBe('>bnull1');
    expect(sb.length()).toBe(7);
    expect(`${sb.reverse().valueOf()}`).toBe('1llunb>');
    const make = StringBuilder as unknown as () => InstanceType<typeof StringBuilder>;
    expect(make()).toBeInstanceOf(StringBuilder);
  });

  it('refuses System.exit and answers the harmless System calls', () => {
    const System = lang.classes['java.lang.System'] as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    expect(() => System.exit!()).toThrow('java.lang.System.exit is not available');
    expect(System.getenv!('PATH')).toBeNull();
    expect((System.getenv!() as { size(): number }).size()).toBe(0);
    expect(typeof System.currentTimeMillis!()).toBe('number');
  });
});
