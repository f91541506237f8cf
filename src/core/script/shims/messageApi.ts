// The CPI Message API (com.sap.gateway.ip.core.customdev.util.Message), messageLogFactory and the
// script's console, as CPI scripts use them. The body arrives on its own (its text, or its value
// parsed from JSON); headers and properties arrive as one JSON text after a letter saying which
// ("S" text body, "J" JSON body), parsed on first use: most scripts touch only the body, and then
// headers and properties leave the sandbox untouched too. Everything here is reset per message.
import type { LogLine, MessageLogData as ModelMessageLogData } from '../../model/message';
import { makeMap, JavaMap } from './collections';
import { methods } from './define';
import {
  javaExceptionOf,
  parseFloatStrict,
  parseIntStrict,
  withExceptions,
  type JavaLang,
} from './javaLang';
import { isBytes, jstr, JavaString, str, utf8Encode } from './javaString';
import { ByteArrayOutputStream } from './streams';

/** What the Message API needs from the prelude. */
export interface MessageApiEnv {
  /** The java.lang classes (getBody(java.lang.Integer) and friends). */
  lang: JavaLang;
  describe(v: unknown): string;
  toPlain(v: unknown, depth: number): unknown;
  /** Whether a class is java.util.HashMap or TreeMap (getBody(java.util.HashMap)). */
  isMapClass(type: unknown): boolean;
  /** The name of a class the studio does not provide, or undefined. */
  missingClass(type: unknown): string | undefined;
  /** The error for using a class the studio does not provide (or refuses). */
  classNotAvailable(path: string): Error;
}

let ENV: MessageApiEnv | null = null;
function env(): MessageApiEnv {
  if (!ENV) throw new Error('Message API: not installed');
  return ENV;
}

export function installMessageApi(e: MessageApiEnv): void {
  ENV = e;
}

const jsonParse = JSON.parse;
const jsonStringify = JSON.stringify;
const JsError = Error;
const JsString = String;
const JsDate = Date;
const JsMap = Map;
const JsSet = Set;
const JsWeakMap = WeakMap;
const JsWeakSet = WeakSet;
const JsRegExp = RegExp;
const JsPromise = Promise;
const JsTypeError = TypeError;
const trunc = Math.trunc;
const map = Array.prototype.map;

/** The message log as the reply carries it, with CPI's custom header properties. */
export interface MessageLogData extends ModelMessageLogData {
  customHeaderProperties: { name: string; value: string }[];
}

/** What one message wrote: console lines, and its message log once it writes one. */
export const run: {
  logs: LogLine[];
  logSize: number;
  truncated: boolean;
  log: MessageLogData | null;
} = {
  logs: [],
  logSize: 0,
  truncated: false,
  log: null,
};

function messageLogData(): MessageLogData {
  return run.log || (run.log = { properties: {}, attachments: [], customHeaderProperties: [] });
}

/** getBody(type) / getHeader(name, type): the value as that Java type. */
function convertTo(v: unknown, type?: unknown): unknown {
  if (type === undefined) return typeof v === 'string' ? jstr(v) : v;
  if (v === null || v === undefined) return null;
  const e = env();
  if (type === JavaString) {
    if (v instanceof JsError) return jstr(e.describe(v));
    if (typeof v === 'string' || v instanceof JavaString || isBytes(v)) return jstr(str(v));
    if (typeof v === 'object' && !(v instanceof JavaMap))
      return jstr(jsonStringify(e.toPlain(v, 0)));
    return jstr(e.describe(v));
  }
  const { lang } = e;
  if (type === lang.Integer || type === lang.Long)
    return typeof v === 'number' ? trunc(v) : parseIntStrict(v);
  if (type === lang.Double || type === lang.Float)
    return typeof v === 'number' ? v : parseFloatStrict(v);
  if (type === lang.Boolean) return typeof v === 'boolean' ? v : lang.Boolean.parseBoolean(v);
  if (e.isMapClass(type)) {
    if (v instanceof JavaMap) return v;
    const o: unknown = typeof v === 'object' ? v : jsonParse(str(v));
    return makeMap({}, o);
  }
  const t = type as { fromMessageValue?: (v: unknown) => unknown } | null;
  if (t && typeof t.fromMessageValue === 'function') return t.fromMessageValue(v);
  const missing = e.missingClass(type);
  if (missing) throw e.classNotAvailable(missing);
  return typeof v === 'string' ? jstr(v) : v;
}

// Values that are not data: CPI would pass the Rhino object on and later steps would see nonsense;
// here they used to become {} or null without a word. Refuse them where the script sets them.
function checkBody(b: unknown): unknown {
  const t = typeof b;
  let what: string | null = null;
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
  if (what)
    throw new JsTypeError(
      `setBody: ${what} cannot be a message body; convert it to a string, an object or an array first (e.g. JSON.stringify(...))`,
    );
  return b;
}

function replaceMap(target: JavaMap, src: unknown): void {
  target.clear();
  target.putAll(src);
}

type Meta = { h?: Record<string, unknown>; p?: Record<string, unknown> };

export class Message {
  // Plain own properties set by the constructor (declared, so no field definitions run first).
  declare _body: unknown;
  declare _meta: string;
  // Set on first use (never as fields: most messages never need them).
  declare _m?: Meta;
  declare _h?: JavaMap;
  declare _p?: JavaMap;
  declare _a?: JavaMap;
  constructor(body: unknown, meta: string) {
    this._body = body === undefined ? null : body;
    this._meta = meta;
  }
  get _rawHeaders(): Record<string, unknown> {
    return (this._m || (this._m = jsonParse(this._meta.slice(1)) as Meta)).h || {};
  }
  get _rawProps(): Record<string, unknown> {
    return (this._m || (this._m = jsonParse(this._meta.slice(1)) as Meta)).p || {};
  }
  get _headers(): JavaMap {
    return (
      this._h ||
      (this._h = makeMap(
        { caseInsensitive: true, wrapStrings: true },
        withExceptions(this._rawHeaders),
      ))
    );
  }
  get _props(): JavaMap {
    return this._p || (this._p = makeMap({ wrapStrings: true }, withExceptions(this._rawProps)));
  }
  get _attachments(): JavaMap {
    return this._a || (this._a = makeMap({}));
  }
  getBody(type?: unknown): unknown {
    return convertTo(this._body, type);
  }
  setBody(b: unknown): void {
    // A ByteArrayOutputStream body is its bytes (Camel reads it through its type converters).
    if (b instanceof ByteArrayOutputStream) b = b.toByteArray();
    this._body = b === undefined ? null : checkBody(b);
  }
  getBodySize(): number {
    return this._body === null ? 0 : utf8Encode(str(convertTo(this._body, JavaString))).length;
  }
  getHeaders(): JavaMap {
    return this._headers;
  }
  setHeaders(m: unknown): void {
    replaceMap(this._headers, m);
  }
  getHeader(name: unknown, type?: unknown): unknown {
    const h = this._headers;
    const entry = h._m.get(h._norm(name));
    return convertTo(entry ? entry.v : null, type);
  }
  setHeader(name: unknown, v: unknown): void {
    if (v === null || v === undefined) this._headers.remove(name);
    else this._headers.put(name, v);
  }
  getProperties(): JavaMap {
    return this._props;
  }
  setProperties(m: unknown): void {
    replaceMap(this._props, m);
  }
  getProperty(name: unknown): unknown {
    return this._props.get(name);
  }
  setProperty(name: unknown, v: unknown): void {
    if (v === null || v === undefined) this._props.remove(name);
    else this._props.put(name, v);
  }
  getAttachments(): JavaMap {
    return this._attachments;
  }
  setAttachments(m: unknown): void {
    replaceMap(this._attachments, m);
  }
  addAttachmentObject(id: unknown, v: unknown): void {
    this._attachments.put(id, v);
  }
  getAttachmentObjects(): JavaMap {
    return this._attachments;
  }
}

function logProperty(name: unknown, v: unknown): void {
  messageLogData().properties[str(name)] =
    v === null || v === undefined ? 'null' : env().describe(v);
}

/**
 * setStringProperty takes a java.lang.String: Rhino converts a JavaScript object or array with
 * JavaScript's own String() ("[object Object]", "a,b"), not as JSON.
 */
function stringProperty(name: unknown, v: unknown): void {
  if (v !== null && typeof v === 'object') {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null || Array.isArray(v)) v = String(v);
  }
  logProperty(name, v);
}

/** The message processing log a script writes through messageLogFactory.getMessageLog(message). */
export class MessageLog {}
methods(MessageLog.prototype, {
  setStringProperty: stringProperty,
  setIntegerProperty: logProperty,
  setLongProperty: logProperty,
  setBooleanProperty: logProperty,
  setFloatProperty: logProperty,
  setDoubleProperty: logProperty,
  setDateProperty(name: unknown, d: unknown) {
    logProperty(name, d instanceof JsDate ? d.toISOString() : d);
  },
  addAttachmentAsString(name: unknown, content: unknown, type?: unknown) {
    messageLogData().attachments.push({
      name: str(name),
      type: type ? str(type) : 'text/plain',
      content: content === null || content === undefined ? '' : env().describe(content),
    });
  },
  addCustomHeaderProperty(name: unknown, v: unknown) {
    const value = v === null || v === undefined ? 'null' : env().describe(v);
    const log = messageLogData();
    log.customHeaderProperties.push({ name: str(name), value });
    log.properties[str(name)] = value;
  },
});

export const theMessageLog = new MessageLog();
export const messageLogFactory = { getMessageLog: (): MessageLog => theMessageLog };

const MAX_LOG_LINES = 1000;
const MAX_LOG_CHARS = 1000000;

function logger(level: string): (...args: unknown[]) => void {
  return function (...args: unknown[]): void {
    const text = map.call(args, (a: unknown) => env().describe(a)).join(' ');
    if (run.logs.length >= MAX_LOG_LINES || run.logSize + text.length > MAX_LOG_CHARS) {
      if (!run.truncated)
        run.logs.push({ level: 'warn', text: '… further console output dropped' });
      run.truncated = true;
      return;
    }
    run.logSize += text.length;
    run.logs.push({ level, text });
  };
}

/** The script's console: lines kept per message (at most 1000 lines / 1 MB). */
export const sandboxConsole = {
  log: logger('log'),
  info: logger('info'),
  warn: logger('warn'),
  error: logger('error'),
  debug: logger('debug'),
  trace: logger('debug'),
};

/** The message as plain data (what leaves the sandbox). */
export function plainMessage(m: Message): {
  body: unknown;
  headers?: unknown;
  properties?: unknown;
} {
  let body = m._body;
  if (typeof body === 'string' && !m._h && !m._p)
    return { body, headers: undefined, properties: undefined };
  if (body instanceof JavaString || isBytes(body)) body = str(body);
  const toPlain = env().toPlain;
  return {
    body: toPlain(body, 0),
    headers: m._h ? m._h.__plain(0) : undefined,
    properties: m._p ? m._p.__plain(0) : undefined,
  };
}

/** What the script threw, as plain data: type, message and the stack (for the position). */
export function errorData(e: unknown): { type: string; message: string; stack: string } {
  const java = javaExceptionOf(e);
  const stack = (x: unknown): string =>
    JsString((x as { stack?: unknown }).stack || '').slice(0, 4000);
  if (java) return { type: JsString(java.name), message: JsString(java.message), stack: stack(e) };
  if (e instanceof JsError)
    return { type: JsString(e.name || 'Error'), message: JsString(e.message), stack: stack(e) };
  let text;
  try {
    text = env().describe(e);
  } catch {
    text = 'Script threw a value that cannot be shown';
  }
  return { type: 'Error', message: text, stack: '' };
}

/** The console and message log kept no lines of an interrupted message. */
export function resetRun(): void {
  run.logs = [];
  run.logSize = 0;
  run.truncated = false;
  run.log = null;
}
