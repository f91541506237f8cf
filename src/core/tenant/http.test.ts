import { describe, expect, it } from 'vitest';
import { splitUrl, utf8Length } from './http';

describe('utf8Length', () => {
  it('counts as TextEncoder does: ASCII, 2-, 3- and 4-byte characters, lone surrogates', () => {
    const samples = [
      '',
      'hi',
      'Grüße',
      '€ 5',
      '日本語',
      '😀 ok',
      'a\uD800b', // lone high surrogate
      'a\uDC00', // lone low surrogate
      '\uD83D', // high surrogate at the end
      '\uD83D\uD83D\uDE00',
    ];
    for (const s of samples)
      expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).length);
  });

  it('matches TextEncoder on random text over the whole UTF-16 range', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const units = Array.from({ length: next() % 40 }, () => next() % 0x10000);
      const s = String.fromCharCode(...units);
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe('splitUrl', () => {
  it('splits path and query, decodes the path, keeps the query raw', () => {
    expect(splitUrl('/http/v1/a%20b?x=1&y=%20')).toEqual({
      path: '/http/v1/a b',
      query: 'x=1&y=%20',
    });
    expect(splitUrl('/http/v1/test/hello')).toEqual({ path: '/http/v1/test/hello', query: '' });
    expect(splitUrl('https://host.example/http/x?q')).toEqual({ path: '/http/x', query: 'q' });
    expect(splitUrl('/http/%E0%A4%A')).toEqual({ path: '/http/%E0%A4%A', query: '' });
    expect(splitUrl('/http/a/../b#frag')).toEqual({ path: '/http/b', query: '' });
  });

  it('gives what URL parsing gives, with or without the fast path', () => {
    const viaUrl = (url: string) => {
      const u = new URL(url, 'https://tenant.invalid');
      let path = u.pathname;
      try {
        path = decodeURIComponent(path);
      } catch {
        // as splitUrl
      }
      return { path, query: u.search.replace(/^\?/, '') };
    };
    for (const url of [
      '/http/v1/test/hello',
      '/http/v1/test/hello?',
      '/http/v1/orders/42?expand=items&x=%20y',
      '/http/v1/file.json?a=b?c',
      '/http/./x',
      '/http/x/.',
      '//evil/http/x',
      "/http/it's",
      '/http/a b',
      '/http/a?b c',
      '/http/Grüße',
      '/http/a;b=c/d:e@f',
    ])
      expect(splitUrl(url), url).toEqual(viaUrl(url));
  });
});
