/**
 * Time-limit guards for built-ins whose whole work is one C loop inside QuickJS, which its
 * interrupt handler never sees: `new Array(4e8).join('')`, `Array.prototype.includes.call({ length:
 * 2 ** 53 - 1 }, x)`. Array methods called on a length no real array under the memory limit can
 * have (a sparse array or an array-like) first walk that length in JavaScript, where the interrupt
 * handler runs: a length too long to finish within the time limit then ends as a TimeoutError, as
 * it would in a JavaScript loop; a length that finishes in time runs the built-in as before.
 * The worker's watchdog (src/sandbox) still ends anything these guards miss.
 *
 * Also here: the global object cannot be redefined reflectively (see below).
 * Evaluated in every realm after the prelude and before the script (and before the shared realm is
 * frozen, see harden.ts).
 */
export const GUARDS_JS = String.raw`(function () {
  'use strict';
  var G = globalThis, JsTypeError = TypeError, getDesc = Object.getOwnPropertyDescriptor;
  var apply = Reflect.apply, defProp = Object.defineProperty, AP = Array.prototype;
  // No dense array this long fits into the memory limit (8 M elements are at least 64 MB).
  var LONG = 8 * 1024 * 1024;
  function meter(len) { for (var i = 0; i < len; i++) {} }
  function lengthOf(o) {
    if (o === null || o === undefined) return 0;
    var n = +o.length;
    return n > 0 ? n : 0;
  }
  ['join', 'toLocaleString', 'includes', 'indexOf', 'lastIndexOf', 'every', 'some', 'forEach', 'map',
   'filter', 'reduce', 'reduceRight', 'find', 'findIndex', 'findLast', 'findLastIndex', 'fill',
   'copyWithin', 'reverse', 'slice', 'splice', 'flat', 'flatMap', 'shift', 'unshift', 'sort',
   'toReversed', 'toSorted', 'toSpliced', 'with'].forEach(function (name) {
    var original = AP[name];
    if (typeof original !== 'function') return;
    var guarded = {
      [name]: function () {
        if (lengthOf(this) > LONG) meter(lengthOf(this));
        return apply(original, this, arguments);
      },
    }[name];
    defProp(guarded, 'length', { value: original.length });
    defProp(AP, name, { value: guarded, writable: true, enumerable: false, configurable: true });
  });
  // concat walks the length of every spreadable argument too.
  var nativeConcat = AP.concat, spreadable = Symbol.isConcatSpreadable, isArray = Array.isArray;
  function spreadLength(o) {
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return 0;
    var s = o[spreadable];
    return s === undefined ? (isArray(o) ? lengthOf(o) : 0) : s ? lengthOf(o) : 0;
  }
  var guardedConcat = function concat() {
    var total = spreadLength(this);
    for (var i = 0; i < arguments.length; i++) total += spreadLength(arguments[i]);
    if (total > LONG) meter(total);
    return apply(nativeConcat, this, arguments);
  };
  defProp(guardedConcat, 'length', { value: nativeConcat.length });
  defProp(AP, 'concat', { value: guardedConcat, writable: true, enumerable: false, configurable: true });

  // The global object stays extensible (scripts create globals by assignment) but cannot be
  // redefined reflectively: what a message can leave on it is then only enumerable properties
  // and values of the overridable globals, which the prelude's per-message reset undoes cheaply.
  function refuse(what) {
    throw new JsTypeError(what + ' is not allowed on the global object in the sandbox; assign a variable instead');
  }
  function guard(owner, name, argIndex) {
    var original = owner[name];
    var wrapped = {
      [name]: function () {
        if (arguments[argIndex] === G) refuse(name);
        return apply(original, this, arguments);
      },
    }[name];
    defProp(wrapped, 'length', { value: original.length });
    defProp(owner, name, { value: wrapped, writable: true, enumerable: false, configurable: true });
  }
  ['defineProperty', 'defineProperties', 'setPrototypeOf', 'preventExtensions', 'freeze', 'seal'].forEach(
    function (n) { guard(Object, n, 0); },
  );
  ['defineProperty', 'setPrototypeOf', 'preventExtensions'].forEach(function (n) { guard(Reflect, n, 0); });
  var protoDesc = getDesc(Object.prototype, '__proto__');
  if (protoDesc && protoDesc.set) {
    var setProto = protoDesc.set;
    defProp(Object.prototype, '__proto__', {
      get: protoDesc.get,
      set: function __proto__(v) {
        if (this === G) refuse('__proto__');
        return apply(setProto, this, [v]);
      },
    });
  }
  var JsProxy = Proxy, jsRevocable = Proxy.revocable, getProto = Object.getPrototypeOf;
  var SafeProxy = function Proxy(target, handler) {
    if (!new.target) throw new JsTypeError("Constructor Proxy requires 'new'");
    if (target === G) refuse('new Proxy');
    return new JsProxy(target, handler);
  };
  defProp(SafeProxy, 'prototype', { value: undefined, writable: false });
  defProp(SafeProxy, 'revocable', {
    value: function revocable(target, handler) {
      if (target === G) refuse('Proxy.revocable');
      return jsRevocable(target, handler);
    },
    writable: true, configurable: true,
  });
  defProp(getProto(G), 'Proxy', { value: SafeProxy, writable: true, enumerable: false, configurable: true });
})()`;
