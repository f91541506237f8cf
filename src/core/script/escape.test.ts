import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

describe('escape attempts fail inside the sandbox', () => {
  it('has no browser, network or host globals', async () => {
    const names = [
      'window',
      'document',
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'importScripts',
      'indexedDB',
      'localStorage',
      'sessionStorage',
      'postMessage',
      'self',
      'navigator',
      'location',
      'process',
      'require',
      'module',
      'Deno',
      'std',
      'os',
      'print',
      'setTimeout',
      'Worker',
      'caches',
    ];
    const r = await runOn(
      body(`var names = ${JSON.stringify(names)}; var seen = {};
  for (var i = 0; i < names.length; i++) seen[names[i]] = typeof this[names[i]] + "/" + eval("typeof " + names[i]);
  message.setBody(seen);`),
    );
    expect(r.error).toBeUndefined();
    for (const n of names)
      expect((r.message.body as Record<string, string>)[n]).toBe('undefined/undefined');
  });

  it('walking constructors only reaches the sandbox global', async () => {
    const r = await runOn(
      body(`var g = this.constructor.constructor("return this")();
  var g2 = (function(){}).constructor("return this")();
  message.setBody({ same: g === g2, hasFetch: typeof g.fetch, hasDoc: typeof g.document, hasJava: typeof g.java,
    keys: Object.getOwnPropertyNames(g).filter(function (k) { return /fetch|window|document|process/.test(k); }) });`),
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toEqual({
      same: true,
      hasFetch: 'undefined',
      hasDoc: 'undefined',
      hasJava: 'object',
      keys: [],
    });
  });

  it('polluting Object.prototype inside does not reach the host', async () => {
    const r = await runOn(
      body(`Object.prototype.polluted = "yes"; Array.prototype.evil = function () { return 1; };
  ({}).__proto__.toString = function () { return "hacked"; };
  message.setBody({ inside: ({}).polluted });`),
    );
    expect(r.error).toBeUndefined();
    expect((r.message.body as Record<string, unknown>).inside).toBe('yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).evil).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
    // The next run of another script starts clean.
    const next = await runOn(body('message.setBody(typeof ({}).polluted);'));
    expect(next.message.body).toBe('undefined');
  });

  it('a returned getter, Proxy or function is never executed on the host', async () => {
    (globalThis as Record<string, unknown>).hostTouched = false;
    const r = await runOn(
      `function processData(message) {
  var tricky = {};
  Object.defineProperty(tricky, "g", { enumerable: true, get: function () { return "computed inside"; } });
  var proxy = new Proxy({}, { get: function () { return "proxied"; }, ownKeys: function () { return ["p"]; },
    getOwnPropertyDescriptor: function () { return { enumerable: true, configurable: true }; } });
  message.setBody({ tricky: tricky, proxy: proxy, fn: function () { hostTouched = true; }, toJSONless: 1 });
  message.setProperty("fn", function () { return 1; });
  return message;
}`,
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toEqual({
      tricky: { g: 'computed inside' },
      proxy: { p: 'proxied' },
      toJSONless: 1,
    });
    expect(r.message.properties).toEqual({});
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect((globalThis as Record<string, unknown>).hostTouched).toBe(false);
  });

  it('a getter that never ends is stopped by the time limit, not run on the host', async () => {
    const r = await runOn(
      body(`var o = {}; Object.defineProperty(o, "x", { enumerable: true, get: function () { for (;;) {} } });
  message.setBody(o);`),
      {},
      { timeMs: 300 },
    );
    expect(r.error?.type).toBe('TimeoutError');
  });

  it('circular data is reported as an error instead of crashing', async () => {
    const r = await runOn(body('var a = {}; a.self = a; message.setBody(a);'));
    expect(r.error?.type).toBe('TypeError');
  });
});
