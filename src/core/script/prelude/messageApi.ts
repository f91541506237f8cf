/** Prelude part 7: the CPI Message API, messageLogFactory and console, all reset for every message. */
export const MESSAGE_API_JS = String.raw`
var run = { logs: [], logSize: 0, truncated: false, log: null };
function messageLogData() {
  return run.log || (run.log = { properties: {}, attachments: [], customHeaderProperties: [] });
}
// The body arrives on its own (its text, or its JSON when it is not text); headers and properties
// arrive as one JSON text after a letter saying which ("S" text, "J" JSON), parsed on first use
// (most scripts touch only the body, and then they leave the sandbox untouched too).
function Message(body, meta) {
  this._body = body === undefined ? null : body;
  this._meta = meta;
  // _m (parsed headers and properties), _h, _p, _a (their maps) are set on first use.
}
defProp(Message.prototype, '_rawHeaders', { get: function () {
  return (this._m || (this._m = jsonParse(this._meta.slice(1)))).h || {};
} });
defProp(Message.prototype, '_rawProps', { get: function () {
  return (this._m || (this._m = jsonParse(this._meta.slice(1)))).p || {};
} });
defProp(Message.prototype, '_headers', { get: function () {
  return this._h || (this._h = makeMap({ caseInsensitive: true, wrapStrings: true }, withExceptions(this._rawHeaders)));
} });
defProp(Message.prototype, '_props', { get: function () {
  return this._p || (this._p = makeMap({ wrapStrings: true }, withExceptions(this._rawProps)));
} });
defProp(Message.prototype, '_attachments', { get: function () { return this._a || (this._a = makeMap({})); } });
function convertTo(v, type) {
  if (type === undefined) return typeof v === 'string' ? jstr(v) : v;
  if (v === null || v === undefined) return null;
  if (type === JavaString) {
    if (v instanceof JsError) return jstr(describe(v));
    if (typeof v === 'string' || v instanceof JavaString || isBytes(v)) return jstr(str(v));
    if (typeof v === 'object' && !(v instanceof JavaMap)) return jstr(jsonStringify(toPlain(v, 0)));
    return jstr(describe(v));
  }
  if (type === JInteger || type === JLong) return typeof v === 'number' ? Math.trunc(v) : parseIntStrict(v);
  if (type === JDouble || type === JFloat) return typeof v === 'number' ? v : parseFloatStrict(v);
  if (type === JBoolean) return typeof v === 'boolean' ? v : JBoolean.parseBoolean(v);
  if (type === HashMap || type === TreeMap) {
    if (v instanceof JavaMap) return v;
    var o = typeof v === 'object' ? v : jsonParse(str(v));
    return makeMap({}, o);
  }
  if (type && typeof type.fromMessageValue === 'function') return type.fromMessageValue(v);
  if (type && type[PLACEHOLDER]) throw classNotAvailable(type[PLACEHOLDER]);
  return typeof v === 'string' ? jstr(v) : v;
}
// Values that are not data: CPI would pass the Rhino object on and later steps would see nonsense;
// here they used to become {} or null without a word. Refuse them where the script sets them.
var JsWeakMap = WeakMap, JsWeakSet = WeakSet, JsPromise = Promise;
function checkBody(b) {
  var t = typeof b, what = null;
  if (t === 'function') what = 'a function';
  else if (t === 'symbol') what = 'a Symbol';
  else if (t === 'object') {
    if (b instanceof JsMap) what = 'a Map';
    else if (b instanceof JsSet) what = 'a Set';
    else if (b instanceof JsWeakMap) what = 'a WeakMap';
    else if (b instanceof JsWeakSet) what = 'a WeakSet';
    else if (b instanceof JsRegExp) what = 'a RegExp';
    else if (b instanceof JsPromise) what = 'a Promise';
  }
  if (what) throw new TypeError('setBody: ' + what + ' cannot be a message body; convert it to a string, an object or an array first (e.g. JSON.stringify(...))');
  return b;
}
function replaceMap(target, src) {
  target.clear();
  target.putAll(src);
}
methods(Message.prototype, {
  getBody: function (type) { return convertTo(this._body, type); },
  setBody: function (b) { this._body = b === undefined ? null : checkBody(b); },
  getBodySize: function () { return this._body === null ? 0 : utf8Encode(str(convertTo(this._body, JavaString))).length; },
  getHeaders: function () { return this._headers; },
  setHeaders: function (m) { replaceMap(this._headers, m); },
  getHeader: function (name, type) { return convertTo(this._headers._m.has(this._headers._norm(name)) ? this._headers._m.get(this._headers._norm(name)).v : null, type); },
  setHeader: function (name, v) { if (v === null || v === undefined) this._headers.remove(name); else this._headers.put(name, v); },
  getProperties: function () { return this._props; },
  setProperties: function (m) { replaceMap(this._props, m); },
  getProperty: function (name) { return this._props.get(name); },
  setProperty: function (name, v) { if (v === null || v === undefined) this._props.remove(name); else this._props.put(name, v); },
  getAttachments: function () { return this._attachments; },
  setAttachments: function (m) { replaceMap(this._attachments, m); },
  addAttachmentObject: function (id, v) { this._attachments.put(id, v); },
  getAttachmentObjects: function () { return this._attachments; },
});
function MessageLog() {}
function logProperty(name, v) {
  messageLogData().properties[str(name)] = v === null || v === undefined ? 'null' : describe(v);
}
methods(MessageLog.prototype, {
  setStringProperty: logProperty, setIntegerProperty: logProperty, setLongProperty: logProperty,
  setBooleanProperty: logProperty, setFloatProperty: logProperty, setDoubleProperty: logProperty,
  setDateProperty: function (name, d) { logProperty(name, d instanceof JsDate ? d.toISOString() : d); },
  addAttachmentAsString: function (name, content, type) {
    messageLogData().attachments.push({ name: str(name), type: type ? str(type) : 'text/plain', content: content === null || content === undefined ? '' : describe(content) });
  },
  addCustomHeaderProperty: function (name, v) {
    var value = v === null || v === undefined ? 'null' : describe(v);
    var log = messageLogData();
    log.customHeaderProperties.push({ name: str(name), value: value });
    log.properties[str(name)] = value;
  },
});
var theMessageLog = new MessageLog();
var messageLogFactory = { getMessageLog: function () { return theMessageLog; } };
var MAX_LOG_LINES = 1000, MAX_LOG_CHARS = 1000000;
function logger(level) {
  return function () {
    var text = Array.prototype.map.call(arguments, describe).join(' ');
    if (run.logs.length >= MAX_LOG_LINES || run.logSize + text.length > MAX_LOG_CHARS) {
      if (!run.truncated) run.logs.push({ level: 'warn', text: '… further console output dropped' });
      run.truncated = true;
      return;
    }
    run.logSize += text.length;
    run.logs.push({ level: level, text: text });
  };
}
var sandboxConsole = {
  log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('debug'),
  trace: logger('debug'),
};
function plainMessage(m) {
  var body = m._body;
  if (typeof body === 'string' && !m._h && !m._p) return { body: body, headers: undefined, properties: undefined };
  if (body instanceof JavaString || isBytes(body)) body = str(body);
  return {
    body: toPlain(body, 0),
    headers: m._h ? m._h.__plain(0) : undefined,
    properties: m._p ? m._p.__plain(0) : undefined,
  };
}
function errorData(e) {
  var java = javaExceptionOf(e);
  if (java) return { type: JsString(java.name), message: JsString(java.message), stack: JsString(e.stack || '').slice(0, 4000) };
  if (e instanceof JsError) {
    return { type: JsString(e.name || 'Error'), message: JsString(e.message), stack: JsString(e.stack || '').slice(0, 4000) };
  }
  var text;
  try { text = describe(e); } catch (x) { text = 'Script threw a value that cannot be shown'; }
  return { type: 'Error', message: text, stack: '' };
}
`;
