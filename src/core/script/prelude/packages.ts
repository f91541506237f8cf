/**
 * Prelude part 6: the Java class registry, the java/javax/com/org/Packages namespaces, importClass and
 * importPackage. A name we do not provide resolves to a placeholder that throws a clear error
 * ("Class java.sql.DriverManager is not available in the sandbox") where the script uses it.
 */
import { ES6_ONLY_GLOBALS, RHINO_MODE_PRAGMA } from '../rhinoMode';

export const PACKAGES_JS = String.raw`
function TreeMap(init) { return makeMap({ sorted: true }, init); }
function HashMap(init) { return makeMap({}, init); }
function LinkedHashMap(init) { return makeMap({ linked: true }, init); }
HashMap.prototype = JavaMap.prototype;
LinkedHashMap.prototype = JavaMap.prototype;
TreeMap.prototype = JavaMap.prototype;
function TreeSet(items) { var s = new JavaSet(items); return listToSet(s.toArray().sort()); }
TreeSet.prototype = JavaSet.prototype;
// Interfaces are their own class objects (importClass(java.util.Map) imports "Map"); instanceof
// works through the implementation's prototype.
function javaInterface(name, impl) {
  var I = function () { throw new TypeError('Cannot instantiate the interface ' + name + '; use an implementation such as ' + classPath(impl)); };
  I.prototype = impl.prototype;
  return I;
}
function MessageClass() { throw jthrow(JavaExceptions.UnsupportedOperationException, 'Message objects are created by the runtime'); }
var CLASSES = {
  'java.lang.String': JavaString, 'java.lang.Integer': JInteger, 'java.lang.Long': JLong,
  'java.lang.Double': JDouble, 'java.lang.Float': JFloat, 'java.lang.Boolean': JBoolean,
  'java.lang.System': JSystem, 'java.lang.StringBuilder': StringBuilder, 'java.lang.StringBuffer': StringBuilder,
  'java.lang.Math': Math, 'java.lang.Character': JCharacter, 'java.lang.Object': Object,
  'java.util.HashMap': HashMap, 'java.util.LinkedHashMap': LinkedHashMap, 'java.util.TreeMap': TreeMap,
  'java.util.ArrayList': JavaList, 'java.util.LinkedList': JavaList,
  'java.util.HashSet': JavaSet, 'java.util.LinkedHashSet': JavaSet,
  'java.util.TreeSet': TreeSet, 'java.util.Iterator': JavaIterator,
  'java.util.Date': JavaDate, 'java.util.UUID': JUUID, 'java.util.Base64': JBase64,
  'java.util.TimeZone': TimeZone, 'java.util.Arrays': JArrays, 'java.util.Collections': JCollections,
  'java.text.SimpleDateFormat': SimpleDateFormat,
  'javax.xml.bind.DatatypeConverter': JDatatypeConverter,
  'com.sap.gateway.ip.core.customdev.util.Message': MessageClass,
};
CLASSES['java.util.Map'] = javaInterface('java.util.Map', HashMap);
CLASSES['java.util.List'] = javaInterface('java.util.List', JavaList);
CLASSES['java.util.Set'] = javaInterface('java.util.Set', JavaSet);
// The shims written as TypeScript modules (src/core/script/shims), bundled at build time.
var shimClasses = __ifsShims.installShims(shimEnv);
keysOf(shimClasses).forEach(function (n) { CLASSES[n] = shimClasses[n]; });
// The Groovy runtime (GDK) translated Groovy scripts call as $g (src/core/script/shims/groovy.ts).
var groovyInstall = __ifsShims.installGroovy(shimEnvWith({
  newMap: function () { return makeMap({ linked: true }); },
  newHashMap: function () { return makeMap({}); },
  isMap: function (v) { return v instanceof JavaMap; },
  isJavaList: function (v) { return v instanceof JavaList; },
  isJavaSet: function (v) { return v instanceof JavaSet; },
  isJavaString: function (v) { return v instanceof JavaString; },
  classFor: function (q) { return CLASSES[q] || null; },
  JavaString: JavaString, describe: function (v) { return describe(v); },
  newDate: function (v) { return v === undefined ? new JavaDate() : new JavaDate(v); },
  SimpleDateFormat: SimpleDateFormat,
  log: function (t) { sandboxConsole.log(t); },
}));
var groovyRuntime = groovyInstall.runtime;
keysOf(JavaExceptions).forEach(function (simple) {
  var E = JavaExceptions[simple];
  CLASSES[E.prototype.name] = E;
});
keysOf(CLASSES).forEach(function (name) {
  var C = CLASSES[name];
  if (C === Math || C === Object) return;
  var simple = name.slice(name.lastIndexOf('.') + 1);
  hide(C, 'getName', function () { return jstr(name); });
  hide(C, 'getSimpleName', function () { return jstr(simple); });
  hide(C, 'class', C);
});
// Classes a script may not use on the studio, and why (checked in order, by name prefix).
var REFUSED = [
  [/^java\.io\.(File|RandomAccessFile)|^java\.nio\.(file|channels)\b/, 'scripts may not use the file system'],
  [/^java\.net\.(?!URLEncoder$|URLDecoder$|URI$)|^javax\.net\b|^java\.rmi\b/, 'scripts may not open network connections'],
  [/^java\.lang\.(Thread|ThreadGroup|Runnable)$|^java\.util\.(concurrent\b|Timer)/, 'scripts may not start threads or timers'],
  [/^java\.lang\.(Class|ClassLoader)$|^java\.lang\.(reflect|invoke)\b|^java\.beans\b/, 'scripts may not use reflection or load classes'],
  [/^java\.lang\.(Runtime|Process|ProcessBuilder)$/, 'scripts may not run processes'],
  [/^java\.sql\b|^javax\.sql\b|^javax\.naming\b/, 'scripts may not reach databases or directories'],
];
function refusal(api, why) {
  var err = new JsError(api + ' is not available in the studio: ' + why);
  hide(err, 'name', 'java.lang.SecurityException');
  return err;
}
function classNotAvailable(path) {
  var parts = path.split('.'), i = 0;
  while (i < parts.length - 1 && !/^[A-Z]/.test(parts[i])) i++;
  var name = parts.slice(0, i + 1).join('.');
  for (var r = 0; r < REFUSED.length; r++) if (REFUSED[r][0].test(name)) return refusal(name, REFUSED[r][1]);
  return new JsError('Class ' + name + ' is not available in the sandbox (the studio does not emulate it)');
}
// Package and placeholder proxies are shared by every message: they refuse every change, so no
// message can keep data on them (their targets are never reachable otherwise). A bound function is
// a constructor without a prototype object, so the target holds nothing mutable at all.
function refuseChange() { return false; }
var LOCKED = { defineProperty: refuseChange, deleteProperty: refuseChange, setPrototypeOf: refuseChange, preventExtensions: refuseChange };
function locked(traps) {
  keysOf(LOCKED).forEach(function (k) { traps[k] = LOCKED[k]; });
  return traps;
}
function placeholder(path) {
  var target = function () {}.bind(null);
  return new Proxy(target, locked({
    get: function (t, k) {
      if (k === PLACEHOLDER) return path;
      if (typeof k === 'symbol') return undefined;
      if (k === 'toString' || k === 'valueOf') return function () { return '[JavaPackage ' + path + ']'; };
      return lookup(path + '.' + k);
    },
    apply: function () { throw classNotAvailable(path); },
    construct: function () { throw classNotAvailable(path); },
    set: function () { return true; },
  }));
}
var packages = {};
function lookup(path) {
  if (CLASSES[path]) return CLASSES[path];
  if (!packages[path]) packages[path] = isPackage(path) ? packageProxy(path) : placeholder(path);
  return packages[path];
}
function isPackage(path) {
  var prefix = path + '.';
  return keysOf(CLASSES).some(function (n) { return n.indexOf(prefix) === 0; });
}
function packageProxy(path) {
  return new Proxy({}, locked({
    get: function (t, k) {
      if (k === PLACEHOLDER) return path;
      if (typeof k === 'symbol') return undefined;
      if (k === 'toString' || k === 'valueOf') return function () { return '[JavaPackage ' + path + ']'; };
      return lookup(path + '.' + k);
    },
    set: function () { return true; },
  }));
}
function classPath(C) {
  if (C && typeof C === 'function' && C[PLACEHOLDER]) return C[PLACEHOLDER];
  var names = keysOf(CLASSES);
  for (var i = 0; i < names.length; i++) if (CLASSES[names[i]] === C) return names[i];
  return null;
}
// Globals of Rhino's ES6 mode that its 1.8 mode does not have (hidden per message in 1.8 mode).
var overridable = ${JSON.stringify(ES6_ONLY_GLOBALS)};
// The script's Rhino mode (see rhinoMode.ts), read once per compiled script from its own text.
var MODE_PRAGMA = /${RHINO_MODE_PRAGMA.source}/m, fnToString = Function.prototype.toString;
function rhinoModeOf(factory) {
  var m = MODE_PRAGMA.exec(fnToString.call(factory).slice(0, 2100));
  return m && (m[1] === '1.8' || m[1] === '180') ? '1.8' : 'es6';
}
function hideOverridables() {
  for (var i = 0; i < overridable.length; i++) delete G[overridable[i]];
}
var JsInternalError = typeof InternalError === 'function' ? InternalError : JsError;
function cannotImport(simple) {
  var err = new JsInternalError('Cannot import "' + simple + '" since a property by that name is already defined.');
  if (JsInternalError === JsError) hide(err, 'name', 'InternalError');
  return err;
}
// As Rhino's importClass: a name the scope already defines (String, Date, Map in ES6 mode, a
// variable of the script) is refused; importing the same class again is fine.
function defineGlobal(simple, value) {
  if (simple in G) {
    if (G[simple] === value) return;
    throw cannotImport(simple);
  }
  defProp(G, simple, { value: value, writable: true, configurable: true, enumerable: true });
}
function importClass() {
  for (var i = 0; i < arguments.length; i++) {
    var path = classPath(arguments[i]);
    if (!path) throw new TypeError('importClass expects a Java class, e.g. importClass(java.util.HashMap)');
    defineGlobal(path.slice(path.lastIndexOf('.') + 1), arguments[i]);
  }
}
// Rhino's importPackage makes a package's classes visible where no other binding has the name: it
// never replaces a global (java.util.Map stays the ES6 Map).
function importPackage() {
  for (var i = 0; i < arguments.length; i++) {
    var pkg = arguments[i] && arguments[i][PLACEHOLDER];
    if (!pkg) throw new TypeError('importPackage expects a Java package, e.g. importPackage(java.util)');
    keysOf(CLASSES).forEach(function (n) {
      var simple = n.slice(n.lastIndexOf('.') + 1);
      if (n.slice(0, n.lastIndexOf('.')) === pkg && !(simple in G)) defineGlobal(simple, CLASSES[n]);
    });
  }
}
/** new JavaImporter(java.util, java.text, …): an object holding those packages' classes (for with). */
function JavaImporter() {
  var scope = Object.create(null), args = arguments;
  for (var i = 0; i < args.length; i++) {
    var a = args[i], pkg = a && a[PLACEHOLDER];
    var path = pkg || classPath(a);
    if (!path) throw new TypeError('JavaImporter expects Java packages or classes, e.g. new JavaImporter(java.util)');
    if (!pkg || CLASSES[path]) { scope[path.slice(path.lastIndexOf('.') + 1)] = a; continue; }
    keysOf(CLASSES).forEach(function (n) {
      if (n.slice(0, n.lastIndexOf('.')) === pkg) scope[n.slice(n.lastIndexOf('.') + 1)] = CLASSES[n];
    });
  }
  return scope;
}

var Packages = new Proxy({}, locked({
  get: function (t, k) { return typeof k === 'symbol' ? undefined : lookup(k); },
  set: function () { return true; },
}));
`;
