/**
 * Prelude part 1: intrinsics captured before user code runs, for the parts that remain
 * JavaScript text (the package registry and the entry, see prelude/index.ts).
 * All prelude parts are concatenated into one function body (see prelude/index.ts).
 */
export const BASE_JS = String.raw`
var G = globalThis;
var jsonStringify = JSON.stringify, jsonParse = JSON.parse;
var JsString = String, JsDate = Date, JsError = Error, JsRegExp = RegExp, JsMap = Map, JsSet = Set;
var keysOf = Object.keys, defProp = Object.defineProperty, freeze = Object.freeze;
var isArray = Array.isArray, fromCharCode = String.fromCharCode;

function hide(obj, name, value) {
  defProp(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}
function methods(proto, table) {
  var names = keysOf(table);
  for (var i = 0; i < names.length; i++) hide(proto, names[i], table[names[i]]);
}
`;
