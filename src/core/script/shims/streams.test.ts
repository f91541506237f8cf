import { beforeAll, describe, expect, it } from 'vitest';
import {
  BufferedReader,
  ByteArrayInputStream,
  ByteArrayOutputStream,
  InputStream,
  InputStreamReader,
  installStreams,
} from './streams';
import { testEnv } from './testEnv';
import { installUrlCodec, urlDecode, urlEncode } from './urlCodec';

describe('java.io stream shims', () => {
  beforeAll(() => installStreams(testEnv()));

  it('reads a body line by line through InputStreamReader and BufferedReader', () => {
    const reader = new BufferedReader(
      new InputStreamReader(InputStream.fromMessageValue('a\r\nb\nč'), 'UTF-8'),
    );
    const lines: string[] = [];
    for (let l = reader.readLine(); l !== null; l = reader.readLine()) lines.push(String(l));
    expect(lines).toEqual(['a', 'b', 'č']);
  });

  it('reads bytes and writes bytes', () => {
    const input = new ByteArrayInputStream('hé');
    expect([input.read(), input.available()]).toEqual([104, 2]);
    const out = new ByteArrayOutputStream();
    out.write(input.readAllBytes());
    out.write(33);
    expect(String(out.toString('UTF-8'))).toBe('é!');
    expect(out.size()).toBe(3);
    expect(input.read()).toBe(-1);
  });
});

describe('java.net.URLEncoder / URLDecoder shims', () => {
  const env = testEnv();
  beforeAll(() => installUrlCodec(env));

  it('encodes as Java (space as +, upper-case escapes, UTF-8)', () => {
    expect(urlEncode(env, 'a b&c=d/é*~')).toBe('a+b%26c%3Dd%2F%C3%A9*%7E');
    expect(urlDecode(env, 'a+b%26c%3Dd%2F%C3%A9')).toBe('a b&c=d/é');
    expect(() => urlDecode(env, '%zz')).toThrow(/Illegal hex characters/);
  });
});
