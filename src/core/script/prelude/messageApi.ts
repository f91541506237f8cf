/**
 * Prelude part 7: the CPI Message API, messageLogFactory and console come from the typed shim
 * module src/core/script/shims/messageApi.ts; here they get the prelude's environment and their
 * names in the prelude's scope.
 */
export const MESSAGE_API_JS = String.raw`
var messageApiModule = __ifsShims.messageApi;
messageApiModule.installMessageApi({
  lang: javaLang,
  describe: function (v) { return describe(v); },
  toPlain: function (v, depth) { return toPlain(v, depth); },
  isMapClass: function (type) { return type === HashMap || type === TreeMap; },
  missingClass: function (type) { return type ? type[PLACEHOLDER] : undefined; },
  classNotAvailable: function (path) { return classNotAvailable(path); },
});
var run = messageApiModule.run, Message = messageApiModule.Message, MessageLog = messageApiModule.MessageLog;
var theMessageLog = messageApiModule.theMessageLog, messageLogFactory = messageApiModule.messageLogFactory;
var sandboxConsole = messageApiModule.sandboxConsole, plainMessage = messageApiModule.plainMessage;
var errorData = messageApiModule.errorData;
`;
