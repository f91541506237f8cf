/**
 * Prelude part 6: the Java class registry (every shim's classes by Java name), bound to the typed
 * package machinery of src/core/script/shims/packages.ts (the java/javax/com/org/Packages
 * namespaces, importClass, importPackage, JavaImporter, placeholders for what the studio does not
 * provide or refuses).
 */
import { ES6_ONLY_GLOBALS, RHINO_MODE_PRAGMA } from '../rhinoMode';

export const PACKAGES_JS = String.raw`
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
  'java.text.SimpleDateFormat': SimpleDateFormat, 'java.util.Locale': javaUtil['java.util.Locale'],
  'javax.xml.bind.DatatypeConverter': JDatatypeConverter,
  'com.sap.gateway.ip.core.customdev.util.Message': MessageClass,
};
// Interfaces are their own class objects (importClass(java.util.Map) imports "Map").
CLASSES['java.util.Map'] = collections.javaInterface('java.util.Map', HashMap, function () { return classPath(HashMap); });
CLASSES['java.util.List'] = collections.javaInterface('java.util.List', JavaList, function () { return classPath(JavaList); });
CLASSES['java.util.Set'] = collections.javaInterface('java.util.Set', JavaSet, function () { return classPath(JavaSet); });
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
__ifsShims.packages.nameClasses(CLASSES, jstr);
// Refused APIs, package proxies, importClass, importPackage, JavaImporter and Packages come from
// the typed shim module src/core/script/shims/packages.ts, over this registry and the global object.
var packagesModule = __ifsShims.packages;
var refusal = packagesModule.refusal, classNotAvailable = packagesModule.classNotAvailable;
var javaPackages = packagesModule.installPackages({ classes: CLASSES, global: G });
var lookup = javaPackages.lookup, classPath = javaPackages.classPath, importClass = javaPackages.importClass;
var importPackage = javaPackages.importPackage, JavaImporter = javaPackages.JavaImporter, Packages = javaPackages.Packages;
// Globals of Rhino's ES6 mode that its 1.8 mode does not have (hidden per message in 1.8 mode).
var overridable = ${JSON.stringify(ES6_ONLY_GLOBALS)};
// The script's Rhino mode (see rhinoMode.ts), read once per compiled script from its own text.
var MODE_PRAGMA = /${RHINO_MODE_PRAGMA.source}/m;
function rhinoModeOf(factory) { return packagesModule.rhinoModeOf(factory, MODE_PRAGMA); }
function hideOverridables() {
  for (var i = 0; i < overridable.length; i++) delete G[overridable[i]];
}
`;
