import { BASE_JS } from './base';
import { COLLECTIONS_JS } from './collections';
import { JAVA_LANG_JS } from './javaLang';
import { JAVA_STRING_JS } from './javaString';
import { JAVA_UTIL_JS } from './javaUtil';
import { MESSAGE_API_JS } from './messageApi';
import { PACKAGES_JS } from './packages';

/**
 * Entry and per-message reset. runMessage(factory, functionName, messageJson) → result JSON string.
 * Between messages of one prepared script: globals the script created are deleted, globals it may
 * legitimately replace (importClass(java.lang.String)) are restored, and `dirty` tells the host to
 * throw the context away when the script added enumerable properties to built-in prototypes.
 */
const ENTRY_JS = String.raw`
var globals = {
  java: lookup('java'), javax: lookup('javax'), com: lookup('com'), org: lookup('org'), Packages: Packages,
  importClass: importClass, importPackage: importPackage, JavaImporter: JavaImporter, messageLogFactory: messageLogFactory,
  console: sandboxConsole,
};
keysOf(globals).forEach(function (k) { defProp(G, k, { value: globals[k], writable: false, configurable: false, enumerable: false }); });
var originals = {};
Object.getOwnPropertyNames(G).forEach(function (k) {
  if (overridable.indexOf(k) >= 0) { originals[k] = G[k]; return; }
  var d = Object.getOwnPropertyDescriptor(G, k);
  if (d.configurable) defProp(G, k, { writable: false, configurable: false, enumerable: false });
});
[JavaString, JavaString.prototype, JavaMap.prototype, JavaList.prototype, JavaSet.prototype, JavaIterator.prototype,
 MapEntry.prototype, Message.prototype, MessageLog.prototype, theMessageLog, messageLogFactory, sandboxConsole,
 JInteger, JLong, JDouble, JFloat, JBoolean, JSystem, StringBuilder.prototype, JCharacter, JUUID, JBase64,
 JDatatypeConverter, TimeZone, TimeZone.prototype, SimpleDateFormat.prototype, JArrays, JCollections, JavaDate.prototype,
 CLASSES].forEach(freeze);
keysOf(JavaExceptions).forEach(function (k) { freeze(JavaExceptions[k].prototype); });
function resetGlobals() {
  var added = keysOf(G);
  for (var i = 0; i < added.length; i++) delete G[added[i]];
  for (var j = 0; j < overridable.length; j++) {
    var k = overridable[j];
    if (G[k] !== originals[k]) defProp(G, k, { value: originals[k], writable: true, configurable: true, enumerable: false });
  }
}
// Cheap check for the usual pollution (enumerable additions to Object/Array prototypes); the host
// also refuses reuse for sources that mention prototypes at all (see reuseIsSafe).
function isDirty() {
  for (var a in {}) return true;
  for (var b in []) return true;
  return false;
}
return function runMessage(factory, functionName, json) {
  run.logs = []; run.logSize = 0; run.truncated = false;
  run.log = { properties: {}, attachments: [], customHeaderProperties: [] };
  var out;
  try {
    var message = new Message(jsonParse(json));
    applyRhinoMode(factory);
    var fn = factory();
    if (typeof fn !== 'function') throw new ReferenceError('Function ' + functionName + ' is not defined in the script');
    var result = fn(message);
    out = { ok: true, message: plainMessage(result instanceof Message ? result : message) };
  } catch (e) {
    out = { ok: false, error: errorData(e) };
  }
  resetGlobals();
  if (run.logs.length) out.logs = run.logs;
  var log = run.log;
  if (keysOf(log.properties).length || log.attachments.length) out.messageLog = log;
  if (isDirty()) out.dirty = true;
  return jsonStringify(out);
};
`;

/** The whole prelude: one function expression evaluated once per context; it returns runMessage. */
export const PRELUDE_JS = `(function () {\n${[
  BASE_JS,
  JAVA_STRING_JS,
  JAVA_LANG_JS,
  COLLECTIONS_JS,
  JAVA_UTIL_JS,
  PACKAGES_JS,
  MESSAGE_API_JS,
  ENTRY_JS,
].join('\n')}\n})()`;

/** File name the prelude is evaluated under, so its stack frames are never taken for the user's. */
export const PRELUDE_FILE = 'sandbox:prelude.js';
