import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from './parseJson';

const errorOf = (text: string) => {
  const r = parseJsonSafely(text);
  return r.ok ? null : r.errors[0]!.message;
};

describe('parseJsonSafely', () => {
  it('locates syntax errors by line and column', () => {
    expect(errorOf('{\n  "a": 1,\n}')).toBe(
      'not valid JSON (line 3, column 1): expected a property name in double quotes',
    );
    expect(errorOf('{"a": tru}')).toBe('not valid JSON (line 1, column 7): expected true');
    expect(errorOf('')).toBe('not valid JSON (line 1, column 1): unexpected end of file');
    expect(errorOf('{} x')).toBe(
      'not valid JSON (line 1, column 4): unexpected text after the end',
    );
    expect(errorOf('["a\\q"]')).toBe('not valid JSON (line 1, column 4): bad escape in string');
    expect(errorOf('[01]')).toBe('not valid JSON (line 1, column 3): expected "," or "]"');
  });

  it('returns the value of valid JSON', () => {
    expect(parseJsonSafely('{"a":[1,"x",null,true]}')).toEqual({
      ok: true,
      value: { a: [1, 'x', null, true] },
    });
  });

  it('refuses forbidden keys at any depth', () => {
    expect(errorOf('{"a":[{"b":{"__proto__":1}}]}')).toBe('forbidden key "__proto__"');
    const r = parseJsonSafely('{"a":[{"constructor":1}]}');
    expect(!r.ok && r.errors[0]!.path).toBe('a[0].constructor');
  });

  it('refuses very deep nesting without overflowing the stack', () => {
    expect(errorOf('['.repeat(200000) + ']'.repeat(200000))).toMatch(/nested/);
  });
});
