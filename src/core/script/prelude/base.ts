/**
 * Prelude part 1: intrinsics captured before user code runs and the
 * conversion of sandbox values to plain JSON data (the only thing that ever leaves the sandbox).
 * All prelude parts are concatenated into one function body (see prelude/index.ts).
 */
export const BASE_JS = String.raw`
var G = globalThis;
var jsonStringify = JSON.stringify, jsonParse = JSON.parse;
var JsString = String, JsDate = Date, JsError = Error, JsRegExp = RegExp, JsMap = Map, JsSet = Set;
var keysOf = Object.keys, defProp = Object.defineProperty, freeze = Object.freeze;
var isArray = Array.isArray, fromCharCode = String.fromCharCode;
var PLACEHOLDER = Symbol('placeholder');

function hide(obj, name, value) {
  defProp(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}
function methods(proto, table) {
  var names = keysOf(table);
  for (var i = 0; i < names.length; i++) hide(proto, names[i], table[names[i]]);
}
function describe(v) {
  if (typeof v === 'string') return v;
  if (v instanceof JavaString) return v[VAL];
  if (v instanceof JsError) return (v.name || 'Error') + ': ' + v.message;
  if (v === null || typeof v !== 'object') return JsString(v);
  if (typeof v.toString === 'function' && v.toString !== Object.prototype.toString) return JsString(v.toString());
  try { return jsonStringify(toPlain(v, 0)); } catch (e) { return JsString(v); }
}
/** Plain JSON-like copy: Java shims become objects/arrays/strings; getters run here, inside. */
function toPlain(v, depth) {
  if (depth > 64) throw new TypeError('Value is nested too deeply (or circular) to leave the script');
  if (v === null || v === undefined) return null;
  var t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v;
  if (t === 'bigint') return JsString(v);
  if (t !== 'object') return undefined;
  if (v instanceof JavaString) return v[VAL];
  if (v instanceof JavaMap) return v.__plain(depth);
  if (v instanceof JavaList || v instanceof JavaSet) return plainArray(v.toArray(), depth);
  if (v instanceof JsDate) return isNaN(v.getTime()) ? null : v.toISOString();
  if (v instanceof JsError) return exceptionData(v);
  if (ArrayBuffer.isView(v)) return plainArray(Array.prototype.slice.call(v), depth);
  if (isArray(v)) return plainArray(v, depth);
  if (typeof v.toJSON === 'function') return toPlain(v.toJSON(), depth + 1);
  var out = {}, ks = keysOf(v);
  for (var i = 0; i < ks.length; i++) {
    var x = toPlain(v[ks[i]], depth + 1);
    if (x !== undefined) out[ks[i]] = x;
  }
  return out;
}
function plainArray(a, depth) {
  var out = [];
  for (var i = 0; i < a.length; i++) {
    var x = toPlain(a[i], depth + 1);
    out.push(x === undefined ? null : x);
  }
  return out;
}
`;
