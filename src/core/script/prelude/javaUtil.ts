/**
 * Prelude part 5: java.util.Date, UUID, Base64, TimeZone, Arrays, Collections and
 * java.text.SimpleDateFormat come from the typed shim module src/core/script/shims/javaUtil.ts
 * (bundled into the prelude by `npm run prelude`); here they get the prelude's environment and
 * their names in the prelude's scope.
 */
export const JAVA_UTIL_JS = String.raw`
var shimEnv = {
  jstr: jstr, str: str, jthrow: jthrow, exceptions: JavaExceptions, defineException: defineException,
  toBytes: toBytes, utf8Encode: utf8Encode, utf8Decode: utf8Decode,
};
/** The shims' environment with what one module needs in addition. */
function shimEnvWith(extra) {
  var e = {};
  keysOf(shimEnv).forEach(function (k) { e[k] = shimEnv[k]; });
  keysOf(extra).forEach(function (k) { e[k] = extra[k]; });
  return e;
}
var javaUtil = __ifsShims.installJavaUtil(shimEnvWith({
  describe: function (v) { return describe(v); },
  newList: function (items) { return new JavaList(items); },
  newMap: function () { return new JavaMap(); },
}));
var JavaDate = javaUtil['java.util.Date'], JUUID = javaUtil['java.util.UUID'], JBase64 = javaUtil['java.util.Base64'];
var TimeZone = javaUtil['java.util.TimeZone'], JArrays = javaUtil['java.util.Arrays'], JCollections = javaUtil['java.util.Collections'];
var SimpleDateFormat = javaUtil['java.text.SimpleDateFormat'], JDatatypeConverter = javaUtil['javax.xml.bind.DatatypeConverter'];
`;
