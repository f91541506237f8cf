/**
 * Prelude part 2: java.lang.String. Rhino hands scripts Java strings as wrapper objects, so we do the
 * same: a JavaString answers the Java methods (length(), equals, getBytes, …) and, through valueOf /
 * toString / toJSON, behaves as its primitive in concatenation, comparison (==), JSON and String().
 */
export const JAVA_STRING_JS = String.raw`
function JavaString(a, charset) {
  if (!(this instanceof JavaString)) return new JavaString(a, charset);
  this[VAL] = a === undefined || a === null ? '' : isBytes(a) || isArray(a) ? utf8Decode(a) : str(a);
}
function JStr(s) { this[VAL] = s; }
JStr.prototype = JavaString.prototype;
function jstr(s) { return s === null || s === undefined ? s : new JStr(JsString(s)); }
function javaRegex(re, flags) {
  var src = str(re), f = flags || '';
  var m = /^\(\?([imsx]+)\)/.exec(src);
  if (m) { src = src.slice(m[0].length); f += m[1].replace(/x/g, ''); }
  return new JsRegExp(src, f);
}
function javaReplacement(r) {
  return str(r).replace(/\\(.)|\$(\d)|\$/g, function (all, esc, grp) {
    return esc !== undefined ? (esc === '$' ? '$$' : esc) : grp !== undefined ? '$' + grp : '$$';
  });
}
// On a Java string, "s.length" is the Java method length() itself (Rhino): calling it gives the
// count; using it as a value gives the method's text, as Rhino prints it.
var LENGTH_TEXT = 'function length() {/*\nint length()\n*/}\n';
function javaLength(n) {
  var f = function length() { return n; };
  f.valueOf = f.toString = function () { return LENGTH_TEXT; };
  return f;
}
var SP = JsString.prototype;
defProp(JavaString.prototype, 'length', {
  get: function () { return javaLength(this[VAL].length); }, enumerable: false, configurable: true,
});
['charAt', 'concat', 'slice', 'substr', 'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart',
 'trimEnd', 'padStart', 'padEnd', 'repeat', 'normalize', 'toLocaleLowerCase', 'toLocaleUpperCase', 'at',
 'strip'].forEach(function (name) {
  var impl = name === 'strip' ? SP.trim : SP[name];
  hide(JavaString.prototype, name, function () { return jstr(impl.apply(this[VAL], arguments)); });
});
['indexOf', 'lastIndexOf', 'charCodeAt', 'codePointAt', 'startsWith', 'endsWith', 'includes',
 'localeCompare', 'match', 'matchAll', 'search'].forEach(function (name) {
  var impl = SP[name];
  hide(JavaString.prototype, name, function () {
    var args = Array.prototype.map.call(arguments, function (a) { return a instanceof JavaString ? a[VAL] : a; });
    return impl.apply(this[VAL], args);
  });
});
var javaStringMethods = {
  toString: function () { return this[VAL]; },
  valueOf: function () { return this[VAL]; },
  toJSON: function () { return this[VAL]; },
  equals: function (o) { return (typeof o === 'string' || o instanceof JavaString) && str(o) === this[VAL]; },
  equalsIgnoreCase: function (o) {
    return o !== null && o !== undefined && str(o).toLowerCase() === this[VAL].toLowerCase();
  },
  contains: function (s) { return this[VAL].indexOf(str(s)) >= 0; },
  isEmpty: function () { return this[VAL].length === 0; },
  isBlank: function () { return this[VAL].trim().length === 0; },
  getBytes: function () { return new Int8Array(utf8Encode(this[VAL])); },
  matches: function (re) { return new JsRegExp('^(?:' + javaRegex(re).source + ')$', javaRegex(re).flags).test(this[VAL]); },
  replaceAll: function (re, r) { return jstr(this[VAL].replace(javaRegex(re, 'g'), javaReplacement(r))); },
  replaceFirst: function (re, r) { return jstr(this[VAL].replace(javaRegex(re), javaReplacement(r))); },
  replace: function (a, b) {
    if (a instanceof JsRegExp || typeof b === 'function') return jstr(this[VAL].replace(a, b));
    return jstr(this[VAL].split(str(a)).join(str(b)));
  },
  split: function (re, limit) {
    if (re instanceof JsRegExp) return this[VAL].split(re, limit).map(jstr);
    var src = str(re);
    var parts = this[VAL].split(/^[^.$|()\[{^?*+\\]$/.test(src) ? src : javaRegex(src));
    if (limit > 0 && parts.length > limit) parts = parts.slice(0, limit - 1).concat([parts.slice(limit - 1).join(src)]);
    if (!limit) while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts.map(jstr);
  },
  compareTo: function (o) {
    var a = this[VAL], b = str(o), n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
    return a.length - b.length;
  },
  compareToIgnoreCase: function (o) { return jstr(this[VAL].toLowerCase()).compareTo(str(o).toLowerCase()); },
  hashCode: function () {
    var h = 0, s = this[VAL];
    for (var i = 0; i < s.length; i++) h = (31 * h + s.charCodeAt(i)) | 0;
    return h;
  },
  toCharArray: function () { return this[VAL].split('').map(jstr); },
  intern: function () { return this; },
  getClass: function () { return JavaString; },
};
methods(JavaString.prototype, javaStringMethods);
// Plain JS strings also answer the Java-only methods (never overriding a JS method).
['equals', 'equalsIgnoreCase', 'contains', 'isEmpty', 'isBlank', 'getBytes', 'matches', 'replaceFirst',
 'compareTo', 'compareToIgnoreCase', 'hashCode', 'toCharArray', 'getClass'].forEach(function (name) {
  var impl = javaStringMethods[name];
  hide(SP, name, function () { return impl.apply(new JStr(JsString(this)), arguments); });
});
function javaFormat(fmt) {
  var args = Array.prototype.slice.call(arguments, 1), i = 0;
  return str(fmt).replace(/%(-)?(0)?(\d+)?(?:\.(\d+))?([sdfxXbn%])/g, function (all, left, zero, width, prec, conv) {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    var v = args[i++], s;
    if (conv === 'd') s = JsString(Math.trunc(Number(str(v))));
    else if (conv === 'f') s = Number(str(v)).toFixed(prec === undefined ? 6 : Number(prec));
    else if (conv === 'x' || conv === 'X') s = Number(v).toString(16);
    else s = v === null || v === undefined ? 'null' : describe(v);
    if (conv === 'X') s = s.toUpperCase();
    if (conv === 's' && prec !== undefined) s = s.slice(0, Number(prec));
    var w = Number(width || 0);
    while (s.length < w) s = left ? s + ' ' : (zero ? '0' : ' ') + s;
    return s;
  });
}
methods(JavaString, {
  valueOf: function (v) { return jstr(isArray(v) ? v.map(str).join('') : v === null ? 'null' : describe(v)); },
  format: function () { return jstr(javaFormat.apply(null, arguments)); },
  join: function (sep, items) {
    var list = items instanceof JavaList || items instanceof JavaSet ? items.toArray()
      : isArray(items) ? items : Array.prototype.slice.call(arguments, 1);
    return jstr(list.map(str).join(str(sep)));
  },
  fromCharCode: JsString.fromCharCode,
  fromCodePoint: JsString.fromCodePoint,
  raw: JsString.raw,
});
`;
