/**
 * Hardening of the shared realm, evaluated once after the prelude (see realm.ts). Every object
 * reachable from the global object and from the hidden intrinsics (iterator, generator and typed
 * array prototypes, %ThrowTypeError% …) is frozen, so a script cannot keep data on a built-in
 * (`Math.stash = …`) or patch one (`Array.prototype.join = …`) for the next message: such writes
 * fail (silently in sloppy code, with a TypeError in strict code), as in SES's `lockdown()`.
 *
 * The "override mistake" is tamed first, as SES does: on built-in prototypes, the properties that
 * ordinary code overrides on its own objects (`Foo.prototype.toString = …`, `e.name = …`,
 * `Child.prototype.constructor = Child`) become accessors whose setter defines the property on the
 * object assigned to, so freezing the prototype does not break those assignments.
 *
 * The global object itself stays extensible (scripts create globals with `x = 1`); the per-message
 * reset in the prelude entry removes what a message added to it.
 */
export const HARDEN_JS = String.raw`(function (roots) {
  'use strict';
  var G = globalThis;
  var getNames = Object.getOwnPropertyNames, getSymbols = Object.getOwnPropertySymbols;
  var getDesc = Object.getOwnPropertyDescriptor, defProp = Object.defineProperty;
  var getProto = Object.getPrototypeOf, freeze = Object.freeze;
  var JsSet = Set, JsTypeError = TypeError;
  function keysOf(o) { return getNames(o).concat(getSymbols(o)); }

  // The Proxy constructor was replaced by the global guards (guards.ts); lock it.
  var baseObject = getProto(G);
  defProp(baseObject, 'Proxy', { value: baseObject.Proxy, writable: false, enumerable: false, configurable: false });

  var OVERRIDDEN = ['constructor', 'toString', 'toLocaleString', 'valueOf', 'name', 'message'];
  function tame(obj, name) {
    var d = getDesc(obj, name);
    if (!d || !('value' in d) || !d.configurable) return;
    var value = d.value;
    defProp(obj, name, {
      get: function () { return value; },
      set: function (v) {
        if (this === obj) throw new JsTypeError('Cannot change the built-in ' + String(name) + ': built-ins are read-only in the sandbox');
        if (this === null || this === undefined || (typeof this !== 'object' && typeof this !== 'function')) return;
        defProp(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      },
      enumerable: d.enumerable,
      configurable: false,
    });
  }
  // Every data property of Object.prototype, and the usual ones of every built-in prototype.
  keysOf(Object.prototype).forEach(function (k) { if (k !== '__proto__') tame(Object.prototype, k); });
  var base = getProto(G);
  getNames(base).concat(getNames(G)).forEach(function (k) {
    var d = getDesc(base, k) || getDesc(G, k);
    var C = d && d.value;
    if (typeof C !== 'function' || C === Object) return;
    var p = getDesc(C, 'prototype');
    if (!p || typeof p.value !== 'object' || p.value === null) return;
    OVERRIDDEN.forEach(function (n) { tame(p.value, n); });
  });
  ['call', 'apply', 'bind'].forEach(function (n) { tame(Function.prototype, n); });

  // Hidden intrinsics: reachable from syntax or instances, not from the global object's properties.
  var hidden = [
    function () {}, function* () {}, async function () {}, async function* () {}, (function* () {})(),
    (async function* () {})(), [][Symbol.iterator](), ''[Symbol.iterator](), new Map()[Symbol.iterator](),
    new Set()[Symbol.iterator](), /a/[Symbol.matchAll](''), getProto(Int8Array),
    getDesc(Function.prototype, 'caller'), (function () { return arguments; })(), Promise.resolve(),
  ];
  try { hidden.push(getDesc((function () { 'use strict'; return arguments; })(), 'callee')); } catch (e) {}
  if (typeof Iterator === 'function') {
    try { hidden.push(Iterator.from({ next: function () { return { done: true }; } })); } catch (e) {}
    try { hidden.push([].values().map(function (x) { return x; })); } catch (e) {}
  }
  var seen = new JsSet(), queue = [];
  function visit(v) {
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
      if (v === G || seen.has(v)) return;
      seen.add(v);
      queue.push(v);
    }
  }
  function visitDescriptor(d) {
    if (!d) return;
    if ('value' in d) visit(d.value);
    else { visit(d.get); visit(d.set); }
  }
  visit(getProto(G));
  for (var r = 0; r < roots.length; r++) visit(roots[r]);
  keysOf(G).forEach(function (k) { visitDescriptor(getDesc(G, k)); });
  hidden.forEach(function (h) {
    if (h && typeof h === 'object' && !('length' in h) && ('get' in h || 'value' in h)) visitDescriptor(h);
    else visit(h);
    if (h) visit(getProto(h));
  });
  while (queue.length) {
    var o = queue.pop();
    visit(getProto(o));
    var ks;
    try { ks = keysOf(o); } catch (e) { continue; }
    for (var i = 0; i < ks.length; i++) {
      try { visitDescriptor(getDesc(o, ks[i])); } catch (e) {}
    }
    // Objects that refuse to be frozen are the prelude's Java package proxies, which refuse every
    // change themselves.
    try { freeze(o); } catch (e) {}
  }
  return seen.size;
})`;
