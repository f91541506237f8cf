import { beforeAll, describe, expect, it } from 'vitest';
import { Charset, installCharsets } from './charsets';
import { testEnv } from './testEnv';

describe('java.nio.charset shims', () => {
  let table: Record<string, Record<string, unknown>>;
  beforeAll(() => {
    table = installCharsets(testEnv()) as Record<string, Record<string, unknown>>;
  });

  it('names charsets as Java does, and is its name wherever a charset name is taken', () => {
    const utf8 = table['java.nio.charset.StandardCharsets']!.UTF_8 as Charset;
    expect(String(utf8)).toBe('UTF-8');
    expect(String(utf8.name())).toBe('UTF-8');
    expect(String(Charset.defaultCharset().name())).toBe('UTF-8');
    expect(Charset.forName('utf8').equals(utf8)).toBe(true);
    expect(String(Charset.forName('iso-8859-1'))).toBe('ISO-8859-1');
  });

  it('refuses an unknown charset with UnsupportedCharsetException', () => {
    expect(() => Charset.forName('klingon')).toThrow('klingon');
    try {
      Charset.forName('klingon');
    } catch (e) {
      expect((e as Error).name).toBe('java.nio.charset.UnsupportedCharsetException');
    }
  });
});
