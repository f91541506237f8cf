/** Prelude part 4: java.lang (exceptions, boxed numbers, System, StringBuilder, Character). */
export const JAVA_LANG_JS = String.raw`
var JavaExceptions = {};
function defineException(qualified, parent) {
  var simple = qualified.slice(qualified.lastIndexOf('.') + 1);
  var Base = parent || JsError;
  var E = function (message, cause) {
    if (!(this instanceof E)) return new E(message, cause);
    var err = new JsError(message === undefined || message === null ? '' : str(message));
    Object.setPrototypeOf(err, E.prototype);
    if (cause !== undefined) hide(err, 'cause', cause);
    return err;
  };
  E.prototype = Object.create(Base.prototype);
  methods(E.prototype, {
    constructor: E,
    name: qualified,
    getMessage: function () { return jstr(this.message); },
    getLocalizedMessage: function () { return jstr(this.message); },
    getCause: function () { return this.cause === undefined ? null : this.cause; },
    printStackTrace: function () {},
    // this.name, not qualified: a caught exception keeps the engine's type (see caughtException).
    toString: function () { return JsString(this.name) + (this.message ? ': ' + this.message : ''); },
    getClass: function () { return classOf(JsString(this.name)); },
  });
  JavaExceptions[simple] = E;
  return E;
}
var JException = defineException('java.lang.Exception');
var JRuntimeException = defineException('java.lang.RuntimeException', JException);
defineException('java.lang.Throwable');
defineException('java.lang.IllegalArgumentException', JRuntimeException);
defineException('java.lang.IllegalStateException', JRuntimeException);
defineException('java.lang.NullPointerException', JRuntimeException);
defineException('java.lang.NumberFormatException', JavaExceptions.IllegalArgumentException);
defineException('java.lang.IndexOutOfBoundsException', JRuntimeException);
defineException('java.lang.UnsupportedOperationException', JRuntimeException);
defineException('java.util.NoSuchElementException', JRuntimeException);
defineException('java.io.IOException', JException);
defineException('java.text.ParseException', JException);

/**
 * How Rhino hands a script an exception thrown by a Java method: a JavaScript Error named
 * "JavaException" whose message is the Java exception's toString() and whose javaException is the
 * Java exception itself. Left uncaught, the script fails with the Java exception's type and message.
 */
function jthrow(E, message) {
  var java = new E(message);
  var err = new JsError(java.toString());
  hide(err, 'name', 'JavaException');
  hide(err, 'javaException', java);
  return err;
}
/** The Java exception a thrown value stands for, if any (see jthrow). */
function javaExceptionOf(e) {
  var j = e instanceof JsError ? e.javaException : undefined;
  return j instanceof JsError ? j : null;
}

/** The Class of an exception type: a provided class when we have it, else a name-only stand-in. */
function classOf(name) {
  if (CLASSES[name]) return CLASSES[name];
  var simple = name.slice(name.lastIndexOf('.') + 1);
  return freeze({
    getName: function () { return jstr(name); },
    getSimpleName: function () { return jstr(simple); },
    toString: function () { return 'class ' + name; },
  });
}
function isTaggedException(v) {
  return v !== null && typeof v === 'object' && !isArray(v) && v['@exception'] === true;
}
/**
 * CamelExceptionCaught arrives as plain data ({"@exception": true, type, message, line?, column?});
 * scripts expect a Java exception (getMessage(), getClass().getName(), toString()).
 */
function caughtException(data) {
  var type = typeof data.type === 'string' && data.type ? data.type : 'java.lang.Exception';
  var known = JavaExceptions[type.slice(type.lastIndexOf('.') + 1)];
  var E = known && known.prototype.name === type ? known : JException;
  var err = new E(data.message === undefined || data.message === null ? '' : str(data.message));
  if (E.prototype.name !== type) hide(err, 'name', type);
  hide(err, CAUGHT_AT, { line: data.line, column: data.column });
  return err;
}
/** Top-level values of a header/property record with tagged exceptions turned into exceptions. */
function withExceptions(record) {
  var out = {}, ks = keysOf(record), found = false;
  for (var i = 0; i < ks.length; i++) {
    var v = record[ks[i]];
    if (isTaggedException(v)) { v = caughtException(v); found = true; }
    out[ks[i]] = v;
  }
  return found ? out : record;
}
/** An exception leaving the script: back to the tagged data the engine understands. */
function exceptionData(e) {
  e = javaExceptionOf(e) || e;
  var out = { '@exception': true, type: JsString(e.name || 'Error'), message: JsString(e.message) };
  var at = e[CAUGHT_AT];
  if (at && typeof at.line === 'number') out.line = at.line;
  if (at && typeof at.column === 'number') out.column = at.column;
  return out;
}

function parseIntStrict(s, radix) {
  var t = str(s);
  var ok = (radix || 10) === 10 ? /^[+-]?\d+$/.test(t) : /^[+-]?[0-9a-z]+$/i.test(t);
  var n = ok ? parseInt(t, radix || 10) : NaN;
  if (isNaN(n)) throw jthrow(JavaExceptions.NumberFormatException, 'For input string: "' + t + '"');
  return n;
}
function parseFloatStrict(s) {
  var t = str(s).trim();
  var n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(t) ? parseFloat(t) : NaN;
  if (isNaN(n)) throw jthrow(JavaExceptions.NumberFormatException, 'For input string: "' + t + '"');
  return n;
}
// valueOf and new give a boxed java.lang number (the JavaNumber shim, as Rhino's Java objects);
// parseInt / parseDouble give JavaScript numbers (Java primitives), as in Rhino.
function numberClass(kind, parse, extra) {
  var box = function (v) { return new __ifsShims.JavaNumber(kind, typeof v === 'number' ? v : parse(v)); };
  var C = function (v) { return box(v); };
  methods(C, {
    valueOf: box,
    toString: function (v) { return jstr(box(v).toString()); },
  });
  methods(C, extra);
  return C;
}
var JInteger = numberClass('Integer', parseIntStrict, { parseInt: parseIntStrict, MAX_VALUE: 2147483647, MIN_VALUE: -2147483648 });
var JLong = numberClass('Long', parseIntStrict, { parseLong: parseIntStrict, MAX_VALUE: 9007199254740991 });
var JDouble = numberClass('Double', parseFloatStrict, { parseDouble: parseFloatStrict, isNaN: isNaN });
var JFloat = numberClass('Float', parseFloatStrict, { parseFloat: parseFloatStrict });
var JBoolean = function (v) { return str(v).toLowerCase() === 'true'; };
methods(JBoolean, {
  parseBoolean: function (v) { return v !== null && v !== undefined && str(v).toLowerCase() === 'true'; },
  valueOf: function (v) { return typeof v === 'boolean' ? v : JBoolean.parseBoolean(v); },
  toString: function (v) { return jstr(JsString(v)); },
  TRUE: true,
  FALSE: false,
});
var JSystem = {
  currentTimeMillis: function () { return JsDate.now(); },
  nanoTime: function () { return JsDate.now() * 1e6; },
  lineSeparator: function () { return jstr('\n'); },
  getProperty: function () { return null; },
  getenv: function () { return null; },
  exit: function () { throw refusal('java.lang.System.exit', 'a script may not stop the runtime'); },
  gc: function () {},
};
function StringBuilder(init) {
  if (!(this instanceof StringBuilder)) return new StringBuilder(init);
  this._s = typeof init === 'number' || init === undefined ? '' : str(init);
}
methods(StringBuilder.prototype, {
  append: function (v) { this._s += v === null || v === undefined ? 'null' : describe(v); return this; },
  insert: function (i, v) { this._s = this._s.slice(0, i) + describe(v) + this._s.slice(i); return this; },
  reverse: function () { this._s = this._s.split('').reverse().join(''); return this; },
  setLength: function (n) { this._s = this._s.slice(0, n); },
  deleteCharAt: function (i) { this._s = this._s.slice(0, i) + this._s.slice(i + 1); return this; },
  length: function () { return this._s.length; },
  charAt: function (i) { return jstr(this._s.charAt(i)); },
  indexOf: function (s) { return this._s.indexOf(str(s)); },
  toString: function () { return jstr(this._s); },
  // toString hands out a Java string (an object); valueOf keeps "" + builder working.
  valueOf: function () { return this._s; },
});
var JCharacter = {
  isDigit: function (c) { return /^[0-9]$/.test(str(c)); },
  isLetter: function (c) { return /^[A-Za-z\u00C0-\u024F]$/.test(str(c)); },
  isLetterOrDigit: function (c) { return /^[A-Za-z0-9\u00C0-\u024F]$/.test(str(c)); },
  isWhitespace: function (c) { return /^\s$/.test(str(c)); },
  isUpperCase: function (c) { var s = str(c); return s !== s.toLowerCase(); },
  isLowerCase: function (c) { var s = str(c); return s !== s.toUpperCase(); },
  toUpperCase: function (c) { return jstr(str(c).toUpperCase()); },
  toLowerCase: function (c) { return jstr(str(c).toLowerCase()); },
};
`;
