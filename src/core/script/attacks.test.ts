import { beforeAll, describe, expect, it } from 'vitest';
import { clearScriptCache } from './runScript';
import { body, runOn } from './testing';
import type { RunScriptResult } from './types';

/**
 * The sandbox's attack suite: scripts written as an attacker would, each followed by a probe that
 * must see a pristine realm (the same answer as before any attack) and by a normal run that must
 * still work. See src/sandbox/THREAT_MODEL.md for what each class of attack meets.
 */

const HELLO = body('message.setBody("Hello world from IFlow");');

// Everything the attacks below try to leave behind, read by an unrelated script.
const PROBE = body(`
  var out = [];
  function check(label, f) { try { out.push(label + '=' + f()); } catch (e) { out.push(label + '!' + e.name); } }
  check('stash', function () { return typeof Math.stash + typeof stash + typeof globalThis.stash; });
  check('join', function () { return [1, 2].join('-'); });
  check('upper', function () { return 'ab'.toUpperCase(); });
  check('json', function () { return JSON.stringify({ a: [1] }); });
  check('objproto', function () { var o = {}; var k = []; for (var x in o) k.push(x); return k.join() + typeof o.polluted + typeof o.toJSON; });
  check('arrproto', function () { var k = []; for (var x in [1]) k.push(x); return k.join() + typeof [].x; });
  check('globals', function () { return Object.keys(globalThis).join() + '/' + Object.getOwnPropertyNames(globalThis).sort().join(); });
  check('gproto', function () { var p = Object.getPrototypeOf(globalThis); return Object.isFrozen(p) + '/' + typeof p.stash; });
  check('extensible', function () { return Object.isExtensible(globalThis); });
  check('String', function () { return (String === ''.constructor) + typeof String.format + typeof Map + typeof Object.keys; });
  check('iter', function () { var r = []; for (var v of [1, 2]) r.push(v); return r.join(); });
  check('date', function () { return new Date(0).toISOString() + (Date.now() > 0); });
  check('regexp', function () { return /a(b)/.exec('ab')[1]; });
  check('fn', function () { return (function (a) { return a; }).call(null, 7) + String(function f() {}).length; });
  check('error', function () { return String(new TypeError('t')); });
  check('gen', function () { return typeof Object.getPrototypeOf(function* () {}).stash; });
  check('java', function () { return typeof java.util.HashMap.stash + typeof Packages.stash + new java.util.HashMap().size(); });
  check('message', function () { return typeof message.setBody.stash + typeof Object.getPrototypeOf(message).stash; });
  check('console', function () { console.log('probe'); return 'ok'; });
  check('random', function () { var r = Math.random(); return r >= 0 && r < 1; });
  check('promise', function () { return typeof Promise.prototype.then + typeof Promise.prototype.stash; });
  message.setBody(out.join('\\n'));
`);

let baseline = '';

async function expectPristine(): Promise<void> {
  const probe = await runOn(PROBE);
  expect(probe.error).toBeUndefined();
  expect(probe.message.body).toBe(baseline);
  const hello = await runOn(HELLO, { body: 'in' });
  expect(hello.error).toBeUndefined();
  expect(hello.message.body).toBe('Hello world from IFlow');
}

beforeAll(async () => {
  clearScriptCache();
  const probe = await runOn(PROBE);
  expect(probe.error).toBeUndefined();
  baseline = String(probe.message.body);
  expect(baseline).toContain('join=1-2');
});

type Check = (r: RunScriptResult) => void;
const anything: Check = () => {};
const ok: Check = (r) => expect(r.error).toBeUndefined();
const fails =
  (type: string | RegExp): Check =>
  (r) => {
    expect(r.error?.type).toMatch(type);
    expect(r.message.body).toBe('in');
  };
const bodyIs =
  (value: unknown): Check =>
  (r) => {
    expect(r.error).toBeUndefined();
    expect(r.message.body).toEqual(value);
  };

/** [name, statements inside processData, what the attacking run itself must give] */
const ATTACKS: [string, string, Check][] = [
  // Keeping data on, or patching, a built-in for the next message.
  ['stash on Math', 'Math.stash = message.getBody();', anything],
  [
    'patch Array join by a computed name',
    "Array['pro' + 'totype'].join = function () { return 'pwned'; };",
    anything,
  ],
  [
    'patch String.prototype.toUpperCase',
    "String.prototype.toUpperCase = function () { return 'pwned'; };",
    anything,
  ],
  ['patch JSON.stringify', "JSON.stringify = function () { return 'pwned'; };", anything],
  [
    'patch JSON by a computed name',
    "JSON['str' + 'ingify'] = function () { return 'pwned'; };",
    anything,
  ],
  ['pollute Object.prototype', 'Object.prototype.polluted = 1;', anything],
  ['pollute through __proto__', '({}).__proto__.polluted = 1;', anything],
  ['pollute through a computed __proto__', "({})['__pro' + 'to__'].polluted = 1;", anything],
  [
    'Object.prototype.toJSON',
    "Object.prototype.toJSON = function () { return 'pwned'; };",
    anything,
  ],
  [
    'a toJSON getter on Object.prototype',
    "Object.defineProperty(Object.prototype, 'toJSON', { get: function () { return function () { return 'pwned'; }; } });",
    anything,
  ],
  [
    'a hidden property on Array.prototype',
    "Object.defineProperty(Array.prototype, 'x', { value: 1 });",
    anything,
  ],
  [
    'replace the array iterator',
    "Array.prototype[Symbol.iterator] = function* () { yield 'pwned'; };",
    anything,
  ],
  ['patch Promise.prototype.then', 'Promise.prototype.then = function () {};', anything],
  [
    'patch RegExp.prototype.exec',
    'RegExp.prototype.exec = function () { return null; };',
    anything,
  ],
  [
    'patch Date.prototype.toISOString',
    "Date.prototype.toISOString = function () { return 'pwned'; };",
    anything,
  ],
  ['patch Date.now', 'Date.now = function () { return -1; };', anything],
  [
    'patch Function.prototype.call',
    'Function.prototype.call = function () { return 0; };',
    anything,
  ],
  [
    'patch Function.prototype.toString',
    "Function.prototype.toString = function () { return ''; };",
    anything,
  ],
  [
    'patch Error.prototype.toString',
    "Error.prototype.toString = function () { return 'pwned'; };",
    anything,
  ],
  ['patch Math.random', 'Math.random = function () { return 2; };', anything],
  ['patch WeakMap.prototype.set', 'WeakMap.prototype.set = function () {};', anything],
  [
    'stash on the generator prototype',
    'Object.getPrototypeOf(function* () {}).stash = 1;',
    anything,
  ],
  [
    'patch the array iterator prototype',
    'Object.getPrototypeOf([][Symbol.iterator]()).next = function () { return { done: true }; };',
    anything,
  ],
  [
    'stash on %IteratorPrototype%',
    'Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())).stash = 1;',
    anything,
  ],
  ['stash on %TypedArray%', 'Object.getPrototypeOf(Int8Array).prototype.stash = 1;', anything],
  [
    'stash on %ThrowTypeError%',
    "var d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller'); if (d && d.get) d.get.stash = 1;",
    anything,
  ],
  [
    'Object.assign onto Object.prototype',
    'Object.assign(Object.prototype, { polluted: 1 });',
    anything,
  ],
  [
    '__defineGetter__ on Object.prototype',
    "Object.prototype.__defineGetter__('polluted', function () { return 1; });",
    anything,
  ],
  [
    "stash on the global object's prototype",
    'Object.getPrototypeOf(globalThis).stash = 1;',
    anything,
  ],
  ['patch console.log', 'console.log = function () {};', anything],
  // The global object.
  ['a property on globalThis', 'globalThis.stash = 1;', ok],
  ['an implicit global', 'stash = message.getBody();', ok],
  ['a global through a sloppy this', '(function () { this.stash = 1; })();', ok],
  [
    'a hidden, permanent global',
    "Object.defineProperty(globalThis, 'stash', { value: 1, enumerable: false, configurable: false });",
    fails('TypeError'),
  ],
  [
    'Reflect.defineProperty on globalThis',
    "Reflect.defineProperty(globalThis, 'stash', { value: 1 });",
    fails('TypeError'),
  ],
  [
    'Object.defineProperties on globalThis',
    'Object.defineProperties(globalThis, { stash: { value: 1 } });',
    fails('TypeError'),
  ],
  [
    "replace globalThis's prototype",
    'Object.setPrototypeOf(globalThis, { stash: 1 });',
    fails('TypeError'),
  ],
  [
    "replace globalThis's prototype through __proto__",
    'globalThis.__proto__ = { stash: 1 };',
    fails('TypeError'),
  ],
  ['make globalThis non-extensible', 'Object.preventExtensions(globalThis);', fails('TypeError')],
  ['freeze globalThis', 'Object.freeze(globalThis);', fails('TypeError')],
  [
    'a Proxy over globalThis',
    "Object.defineProperty(new Proxy(globalThis, {}), 'stash', { value: 1 });",
    fails('TypeError'),
  ],
  ['Proxy.revocable over globalThis', 'Proxy.revocable(globalThis, {});', fails('TypeError')],
  ['var in an indirect eval', "(0, eval)('var stash = 1');", ok],
  ['a function in an indirect eval', "(0, eval)('function stash() {}');", ok],
  ['a global from new Function', "Function('stash = 1')();", ok],
  [
    'importClass defines a global',
    'importClass(java.util.HashMap); message.setBody(typeof HashMap);',
    bodyIs('function'),
  ],
  [
    'Rhino 1.8 mode hides ES6 globals for its own message only',
    '// @rhino-version 1.8\n  message.setBody(typeof Map + typeof Promise);',
    bodyIs('undefinedundefined'),
  ],
  ['assign String', "String = function () { return 'pwned'; };", ok],
  ['delete String', 'delete String;', ok],
  ['assign Map and Object', 'Map = null; Object = null;', ok],
  // The prelude's own objects (Java classes, Message API).
  ['stash on a Java class', 'java.util.HashMap.stash = 1;', anything],
  ['patch a Java class method', 'java.util.HashMap.prototype.put = function () {};', anything],
  [
    'define on a Java package',
    "Object.defineProperty(java.util, 'stash', { value: 1 });",
    fails('TypeError'),
  ],
  [
    'define on an unknown class placeholder',
    "Object.defineProperty(java.foo.Bar, 'stash', { value: 1 });",
    fails('TypeError'),
  ],
  ['stash on Packages', 'Packages.stash = 1;', anything],
  ['stash on a Message method', 'message.setBody.stash = 1;', anything],
  [
    'patch the Message prototype',
    "Object.getPrototypeOf(message).getBody = function () { return 'pwned'; };",
    anything,
  ],
  ['patch messageLogFactory', 'messageLogFactory.getMessageLog = null;', anything],
  // Work left for later messages.
  [
    'a promise reaction left queued',
    'Promise.resolve().then(function () { globalThis.late = 1; });',
    ok,
  ],
  // Escapes.
  [
    'walk constructors to the global',
    "var g = this.constructor.constructor('return this')(); message.setBody(typeof g.fetch + typeof g.process + typeof g.require);",
    bodyIs('undefinedundefinedundefined'),
  ],
  [
    'no host globals at all',
    'message.setBody([typeof fetch, typeof XMLHttpRequest, typeof importScripts, typeof postMessage, typeof window, typeof document, typeof setTimeout].join());',
    bodyIs('undefined,undefined,undefined,undefined,undefined,undefined,undefined'),
  ],
  // Compatibility: ordinary code that overrides inherited names keeps working in the frozen realm.
  [
    "a class's own toString",
    "function Foo() {} Foo.prototype.toString = function () { return 'foo'; }; message.setBody('' + new Foo());",
    bodyIs('foo'),
  ],
  [
    'an error subclass sets name and message',
    "function MyError(m) { this.message = m; } MyError.prototype = Object.create(Error.prototype); MyError.prototype.constructor = MyError; MyError.prototype.name = 'MyError'; var e = new MyError('boom'); e.name = 'Custom'; message.setBody(e.name + ':' + e.message + ':' + (e instanceof Error));",
    bodyIs('Custom:boom:true'),
  ],
  [
    'a plain object overrides valueOf and toString',
    "var o = {}; o.valueOf = function () { return 41; }; o.toString = function () { return 'o'; }; message.setBody((o + 1) + String(o));",
    bodyIs('42o'),
  ],
  [
    'a polyfill on a built-in prototype',
    'Array.prototype.contains = function (x) { return this.indexOf(x) >= 0; }; message.setBody(String([1, 2].contains(2)));',
    bodyIs('true'),
  ],
  [
    'a guarded polyfill that is not needed',
    "if (!String.prototype.trim) { String.prototype.trim = function () { return 'x'; }; } message.setBody(' a '.trim());",
    bodyIs('a'),
  ],
];

/** [name, statements, limits, expected error type] — each run stays within its limits. */
const LIMITS: [string, string, { timeMs?: number; memoryBytes?: number }, string | RegExp][] = [
  ['an endless loop', 'while (true) {}', { timeMs: 150 }, 'TimeoutError'],
  [
    'an endless loop that catches',
    'for (;;) { try { while (true) {} } catch (e) {} }',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'an endless loop in finally',
    'try { throw 1; } finally { for (;;) {} }',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'deep recursion',
    'function f(n) { return f(n + 1) + 1; } f(0);',
    {},
    /InternalError|RangeError/,
  ],
  [
    'mutual recursion',
    'function a() { return b(); } function b() { return a(); } a();',
    {},
    /InternalError|RangeError/,
  ],
  ['join over 4e8 holes', "new Array(4e8).join('');", { timeMs: 150 }, 'TimeoutError'],
  ['join over 2^32-1 holes', "new Array(4294967295).join('x');", { timeMs: 150 }, 'TimeoutError'],
  [
    'includes over 2^53-1',
    'Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 1);',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'indexOf over 2^53-1',
    'Array.prototype.indexOf.call({ length: 2 ** 53 - 1 }, 1);',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'lastIndexOf over 2^53-1',
    'Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1 }, 1);',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'sort over 2^32-1',
    'Array.prototype.sort.call({ length: 2 ** 32 - 1 });',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'reverse over 2^32-1',
    'Array.prototype.reverse.call({ length: 2 ** 32 - 1 });',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'copyWithin over 2^32-1',
    'Array.prototype.copyWithin.call({ length: 2 ** 32 - 1 }, 0, 1);',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'forEach over 2^53-1',
    'Array.prototype.forEach.call({ length: 2 ** 53 - 1 }, function () {});',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'findIndex with a callback',
    'Array.prototype.findIndex.call({ length: 2 ** 53 - 1 }, function () { return false; });',
    { timeMs: 150 },
    'TimeoutError',
  ],
  ['toString of a huge sparse array', 'String(new Array(4e8));', { timeMs: 150 }, 'TimeoutError'],
  [
    'catastrophic regex backtracking',
    "/(a*)*b/.test('a'.repeat(40));",
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'a getter that never ends on the result',
    'message.setBody({ get x() { for (;;) {} } });',
    { timeMs: 150 },
    'TimeoutError',
  ],
  [
    'a string doubled',
    "var s = 'xxxxxxxx'; for (;;) s = s + s;",
    { memoryBytes: 16 << 20, timeMs: 5000 },
    'MemoryError',
  ],
  [
    'many small objects',
    'var a = []; for (;;) a.push({ i: a.length });',
    { memoryBytes: 16 << 20, timeMs: 5000 },
    'MemoryError',
  ],
  [
    'typed arrays',
    'var k = []; for (;;) k.push(new Float64Array(1 << 20));',
    { memoryBytes: 16 << 20, timeMs: 5000 },
    'MemoryError',
  ],
  [
    'one huge typed array',
    'var t = new Uint8Array(512 * 1024 * 1024); t[1] = 1;',
    { memoryBytes: 16 << 20 },
    'MemoryError',
  ],
  [
    'one huge ArrayBuffer',
    'var b = new ArrayBuffer(1024 * 1024 * 1024);',
    { memoryBytes: 16 << 20 },
    'MemoryError',
  ],
  [
    'a huge repeat',
    "'x'.repeat(2 ** 29);",
    { memoryBytes: 16 << 20 },
    /MemoryError|RangeError|InternalError/,
  ],
  [
    'a swallowed out-of-memory',
    'var a = []; for (;;) { try { a.push(new Array(100000).fill(1)); } catch (e) {} }',
    { memoryBytes: 16 << 20, timeMs: 3000 },
    /MemoryError|TimeoutError/,
  ],
  [
    'JSON.stringify of a 100,000-deep object',
    'var o = {}, c = o; for (var i = 0; i < 100000; i++) { c.a = {}; c = c.a; } JSON.stringify(o);',
    {},
    /InternalError|RangeError/,
  ],
  [
    'JSON.parse of 100,000-deep text',
    "JSON.parse('['.repeat(100000) + ']'.repeat(100000));",
    {},
    /SyntaxError|InternalError/,
  ],
  [
    'eval of 100,000-deep source',
    "eval('['.repeat(100000) + ']'.repeat(100000));",
    {},
    /SyntaxError|InternalError/,
  ],
  [
    'a 100,000-deep Proxy chain',
    'var p = {}; for (var i = 0; i < 100000; i++) p = new Proxy(p, {}); p.x;',
    {},
    /InternalError|RangeError/,
  ],
  [
    'a 100,000-deep array as a string',
    'var a = []; for (var i = 0; i < 100000; i++) a = [a]; String(a);',
    {},
    /InternalError|RangeError/,
  ],
  [
    'a regex with 50,000 groups',
    "new RegExp('('.repeat(50000) + ')'.repeat(50000));",
    {},
    /SyntaxError|InternalError/,
  ],
  ['a circular body', 'var o = {}; o.self = o; message.setBody(o);', {}, 'TypeError'],
  [
    'a promise flood',
    'for (;;) Promise.resolve();',
    { memoryBytes: 16 << 20, timeMs: 300 },
    /MemoryError|TimeoutError/,
  ],
  [
    'a Symbol.for flood',
    "for (var i = 0; ; i++) Symbol.for('s' + i);",
    { memoryBytes: 16 << 20, timeMs: 300 },
    /MemoryError|TimeoutError/,
  ],
];

describe('attacks: each is contained, and the next message sees a pristine realm', () => {
  it('has at least 60 attacks and 30 limit cases', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(60);
    expect(LIMITS.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, code, check] of ATTACKS) {
    it(name, async () => {
      const first = await runOn(body(code), { body: 'in' });
      check(first);
      // The same attack again: results never depend on run order.
      const second = await runOn(body(code), { body: 'in' });
      expect({ ...second, durationMs: 0 }).toEqual({ ...first, durationMs: 0 });
      await expectPristine();
    });
  }
});

describe('limits: each breach is reported as an error with the input unchanged, and the next run works', () => {
  for (const [name, code, limits, type] of LIMITS) {
    it(name, async () => {
      const r = await runOn(body(code), { body: 'in' }, limits);
      expect(r.error?.type).toMatch(type);
      expect(r.message.body).toBe('in');
      await expectPristine();
    });
  }
});

describe('errors instead of silent wrong answers', () => {
  it('an async processData is an error at the function, not an unchanged success', async () => {
    const r = await runOn(
      'async function processData(message) {\n  await null;\n  message.setBody("late");\n  return message;\n}\n',
      { body: 'in' },
    );
    // Rhino 1.7.14 does not even compile async functions: a syntax error at the function.
    expect(r.error?.type).toBe('SyntaxError');
    expect(r.error?.message).toMatch(/does not support async functions/);
    expect(r.error).toMatchObject({ line: 1, column: 1 });
    expect(r.message.body).toBe('in');
    await expectPristine();
  });

  for (const [what, value] of [
    ['a Map', 'new Map([["a", 1]])'],
    ['a Set', 'new Set([1])'],
    ['a RegExp', '/x/'],
    ['a function', 'function () {}'],
    ['a Symbol', 'Symbol("s")'],
    ['a Promise', 'Promise.resolve(1)'],
  ]) {
    it(`setBody with ${what} is an error at the line that set it`, async () => {
      const r = await runOn(body(`var v = ${value};\n  message.setBody(v);`), { body: 'in' });
      expect(r.error?.type).toBe('TypeError');
      expect(r.error?.message).toContain(`setBody: ${what} cannot be a message body`);
      expect(r.error?.line).toBe(3);
      expect(r.message.body).toBe('in');
    });
  }
});
