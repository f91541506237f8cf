/**
 * Prelude part 2: java.lang.String (and the byte / UTF-8 helpers) come from the typed shim module
 * src/core/script/shims/javaString.ts; here they get the prelude's environment and their names in
 * the prelude's scope, and plain strings learn the Java-only methods (before hardening).
 */
export const JAVA_STRING_JS = String.raw`
// Sandbox values as plain data and as text (src/core/script/shims/plain.ts).
var describe = __ifsShims.plain.describe, toPlain = __ifsShims.plain.toPlain, plainArray = __ifsShims.plain.plainArray;
var PLACEHOLDER = __ifsShims.packages.PLACEHOLDER;
var javaStringModule = __ifsShims.javaString;
javaStringModule.installJavaString({
  describe: function (v) { return describe(v); },
  collectionItems: function (v) { return v instanceof JavaList || v instanceof JavaSet ? v.toArray() : null; },
});
javaStringModule.teachJsStringsJava();
var JavaString = javaStringModule.JavaString, jstr = javaStringModule.jstr, str = javaStringModule.str;
var VAL = javaStringModule.VAL, isBytes = javaStringModule.isBytes, toBytes = javaStringModule.toBytes;
var utf8Encode = javaStringModule.utf8Encode, utf8Decode = javaStringModule.utf8Decode;
`;
