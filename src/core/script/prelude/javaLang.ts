/**
 * Prelude part 4: java.lang (exceptions, boxed numbers, System, StringBuilder, Character) comes from
 * the typed shim module src/core/script/shims/javaLang.ts; here it gets the prelude's environment
 * and its names in the prelude's scope.
 */
export const JAVA_LANG_JS = String.raw`
var javaLangModule = __ifsShims.javaLang;
var javaLang = javaLangModule.installJavaLang({
  str: function (v) { return str(v); },
  jstr: function (s) { return jstr(s); },
  describe: function (v) { return describe(v); },
  classFor: function (name) { return CLASSES[name] || null; },
  refusal: function (api, why) { return refusal(api, why); },
});
var JavaExceptions = javaLangModule.JavaExceptions, defineException = javaLangModule.defineException;
var jthrow = javaLangModule.jthrow, javaExceptionOf = javaLangModule.javaExceptionOf;
var withExceptions = javaLangModule.withExceptions, exceptionData = javaLangModule.exceptionData;
var parseIntStrict = javaLangModule.parseIntStrict, parseFloatStrict = javaLangModule.parseFloatStrict;
var JInteger = javaLang.Integer, JLong = javaLang.Long, JDouble = javaLang.Double, JFloat = javaLang.Float;
var JBoolean = javaLang.Boolean, JSystem = javaLang.classes['java.lang.System'];
var StringBuilder = javaLangModule.StringBuilder, JCharacter = javaLang.classes['java.lang.Character'];
`;
