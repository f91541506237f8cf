import { BASE_JS } from './base';
import { COLLECTIONS_JS } from './collections';
import { JAVA_LANG_JS } from './javaLang';
import { JAVA_STRING_JS } from './javaString';
import { JAVA_UTIL_JS } from './javaUtil';
import { MESSAGE_API_JS } from './messageApi';
import { PACKAGES_JS } from './packages';
import { ES6_ONLY_GLOBALS } from '../rhinoMode';
import { SHIMS_JS } from './shims.generated';

/**
 * Entry and per-message reset. runMessage(factory, functionName, legacy, body, meta) → reply string (see
 * reply() below and readReply.ts). After every message the global object is put back as it was
 * (see resetGlobals); `dirty` tells the host to drop the realm when that was not possible.
 */
const ENTRY_JS = String.raw`
var globals = {
  java: lookup('java'), javax: lookup('javax'), com: lookup('com'), org: lookup('org'), Packages: Packages,
  importClass: importClass, importPackage: importPackage, JavaImporter: JavaImporter, messageLogFactory: messageLogFactory,
  console: sandboxConsole, __groovy: groovyRuntime,
};
// The built-ins move from the global object to a locked object in its prototype chain: lookups
// find them one step further, and the global object keeps only what scripts may change (the
// overridable globals) and what they add, so the per-message reset has little to look at.
var globalBase = Object.create(Object.getPrototypeOf(G));
keysOf(globals).forEach(function (k) { defProp(globalBase, k, { value: globals[k], writable: false, configurable: false, enumerable: false }); });
function overridablesIntact(G, o) { return ${ES6_ONLY_GLOBALS.map((k) => `G.${k} === o.${k}`).join(' && ')}; }
var originals = {}, ownNames = Object.getOwnPropertyNames, ownDesc = Object.getOwnPropertyDescriptor;
Object.setPrototypeOf(G, globalBase);
ownNames(G).forEach(function (k) {
  if (overridable.indexOf(k) >= 0) { originals[k] = G[k]; return; }
  var d = ownDesc(G, k);
  if (!d.configurable) return;
  // Proxy is replaced and locked by the shared realm's hardening (harden.ts).
  var open = k === 'Proxy';
  defProp(globalBase, k, { value: d.value, writable: open, configurable: open, enumerable: false });
  delete G[k];
});
var preludeObjects = [JavaString, JavaString.prototype, JavaMap.prototype, JavaList.prototype, JavaSet.prototype, JavaIterator.prototype,
 MapEntry.prototype, Message.prototype, MessageLog.prototype, theMessageLog, messageLogFactory, sandboxConsole,
 JInteger, JLong, JDouble, JFloat, JBoolean, JSystem, StringBuilder.prototype, JCharacter, JUUID, JBase64,
 JDatatypeConverter, TimeZone, TimeZone.prototype, SimpleDateFormat.prototype, JArrays, JCollections, JavaDate.prototype,
 CLASSES];
preludeObjects.forEach(freeze);
keysOf(JavaExceptions).forEach(function (k) { freeze(JavaExceptions[k].prototype); });
// Undo what a message did to the global object: globals it created (\`map = …\`, this.x = …,
// indirect eval) and globals it replaced (importClass(java.lang.String), String = …). Built-ins are
// frozen in the shared realm, and there the reflective ways to change the global object otherwise
// (defineProperty, setPrototypeOf, preventExtensions, a Proxy over it) refuse it (see harden.ts),
// so what a message can leave behind is exactly: enumerable own properties, and the values of the
// overridable globals. Returns false when something cannot be undone (the realm is then dropped).
function resetGlobals() {
  var clean = true;
  var added = keysOf(G);
  for (var i = 0; i < added.length; i++) {
    try { if (!delete G[added[i]]) clean = false; } catch (e) { clean = false; }
  }
  // Static property reads (one generated comparison) are far cheaper in QuickJS than G[k] in a loop.
  if (overridablesIntact(G, originals)) return clean;
  for (var j = 0; j < overridable.length; j++) {
    var k = overridable[j];
    if (G[k] !== originals[k]) {
      try { defProp(G, k, { value: originals[k], writable: true, configurable: true, enumerable: false }); } catch (e) { clean = false; }
    }
  }
  return clean;
}
// The reply is a string: "S" + body for the common case (a text body, headers and properties never
// touched, no logs), else "J" + JSON of the whole result, with the JSON.stringify captured before
// any script ran (and in the shared realm no script can have changed a built-in it relies on).
function reply(out) {
  // The console lines and the message log are created on first use and dropped here, so a message
  // that logs nothing allocates nothing for them.
  var log = run.log;
  if (run.logs.length) { out.logs = run.logs; run.logs = []; run.logSize = 0; run.truncated = false; }
  if (log) { run.log = null; if (keysOf(log.properties).length || log.attachments.length) out.messageLog = log; }
  if (!resetGlobals()) out.dirty = true;
  var m = out.message;
  if (out.ok && typeof m.body === 'string' && !m.headers && !m.properties && !out.logs && !out.messageLog && !out.dirty) return 'S' + m.body;
  return 'J' + jsonStringify(out);
}
function isPromise(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}
function runMessage(factory, functionName, legacy, body, meta) {
  var out;
  try {
    var message = new Message(meta.charCodeAt(0) === 83 ? body : jsonParse(body), meta);
    if (legacy) hideOverridables();
    var fn = factory();
    if (typeof fn !== 'function') throw new ReferenceError('Function ' + functionName + ' is not defined in the script');
    var result = fn(message);
    if (isPromise(result)) {
      out = { ok: false, async: true, error: { type: 'TypeError', stack: '', message: functionName + ' returned a Promise: async functions and await do not run on CPI (Rhino 1.7.14), so the message was not changed. Make ' + functionName + ' synchronous.' } };
    } else {
      var m = result instanceof Message ? result : message;
      // The common case, a text body and nothing else touched or logged: no reply object at all.
      if (typeof m._body === 'string' && !m._h && !m._p && !run.logs.length && !run.log && resetGlobals()) return 'S' + m._body;
      out = { ok: true, message: plainMessage(m) };
    }
  } catch (e) {
    try { out = { ok: false, error: errorData(e) }; } catch (x) { out = { ok: false, error: { type: 'Error', message: 'Script threw a value that cannot be shown', stack: '' } }; }
  }
  return reply(out);
}
// The function the host calls for every message of one compiled script (its Rhino mode read once).
function prepareRunner(factory, functionName) {
  var legacy = rhinoModeOf(factory) === '1.8';
  return function (body, meta) { return runMessage(factory, functionName, legacy, body, meta); };
}
// Everything a script can reach from the prelude without going through the global object (Java
// classes behind the package proxies, the Message API's prototypes and methods): the shared realm's
// hardening freezes it all (see harden.ts); the host reads this once and drops it.
// After a run the host interrupted (time limit), the reset the run did not reach: true when the
// realm is pristine again.
hide(runMessage, 'prepare', prepareRunner);
hide(runMessage, 'reset', function () { run.logs = []; run.logSize = 0; run.truncated = false; run.log = null; return resetGlobals(); });
hide(runMessage, 'hardenRoots', [CLASSES, JavaExceptions, globals, Message, MessageLog, JavaMap, JavaList, JavaSet,
  JavaIterator, MapEntry, HashMap, TreeMap, TreeSet, MessageClass, groovyRuntime, groovyInstall.classes].concat(preludeObjects));
return runMessage;
`;

/** The whole prelude: one function expression evaluated once per context; it returns runMessage. */
export const PRELUDE_JS = `(function () {\n${[
  BASE_JS,
  // The typed shim modules (src/core/script/shims), bundled by npm run prelude, before the parts
  // that install what they need from __ifsShims. Not first: the bundle's "use strict" would then
  // be the directive of the whole prelude function.
  SHIMS_JS,
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
