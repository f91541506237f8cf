/**
 * TypeScript declarations of the CPI Message API as seen by a Script step, handed to Monaco
 * (`addExtraLib`) for completion and hover documentation. A plain string so it stays pure and
 * tests can check that every API method is described.
 */
export const MESSAGE_API_TYPINGS = `
/** A Java-Map-like view (java.util.Map). Changes through put/remove change the message. */
interface JavaMap<V = any> {
  /** Value for the key, or null when absent. */
  get(key: string): V | null;
  /** Sets the value for the key and returns the previous value (or null). */
  put(key: string, value: V): V | null;
  /** Copies every entry of the other map into this one. */
  putAll(other: JavaMap<V> | Record<string, V>): void;
  /** Removes the key and returns its previous value (or null). */
  remove(key: string): V | null;
  /** True when the key is present. */
  containsKey(key: string): boolean;
  /** True when some key maps to the value. */
  containsValue(value: V): boolean;
  /** The keys, as a Java Set (iterable, with size() and contains()). */
  keySet(): JavaSet<string>;
  /** The values, as a Java collection. */
  values(): JavaList<V>;
  /** The entries, each with getKey() and getValue(). */
  entrySet(): JavaSet<JavaMapEntry<V>>;
  /** Number of entries. */
  size(): number;
  /** True when the map has no entries. */
  isEmpty(): boolean;
  /** Removes every entry. */
  clear(): void;
}

interface JavaMapEntry<V = any> {
  getKey(): string;
  getValue(): V;
  setValue(value: V): V;
}

/** A Java Set / Collection view. */
interface JavaSet<T> extends Iterable<T> {
  size(): number;
  isEmpty(): boolean;
  contains(value: T): boolean;
  iterator(): { hasNext(): boolean; next(): T };
  toArray(): T[];
}

/** A java.util.List (ArrayList). */
interface JavaList<T = any> extends JavaSet<T> {
  get(index: number): T;
  add(value: T): boolean;
  set(index: number, value: T): T;
  remove(index: number): T;
}

/** The strings the Message API returns also answer the Java String methods scripts use. */
interface JavaString extends Omit<String, 'length'> {
  /** Java's length(): number of characters. */
  length(): number;
  equals(other: unknown): boolean;
  equalsIgnoreCase(other: string): boolean;
  getBytes(charset?: string): number[];
}

/**
 * The message a Script step receives: com.sap.gateway.ip.core.customdev.util.Message.
 * Return it from processData.
 */
interface Message {
  /**
   * The message body. Pass a type to convert it, e.g. getBody(java.lang.String) or
   * getBody(new java.lang.String().getClass()); without a type the body is returned as is.
   */
  getBody(type?: unknown): any;
  /** Replaces the body: a string, a number, an object, or a Java-style map or list. */
  setBody(body: unknown): void;
  /** The headers as a live Java map: put/remove change the message. */
  getHeaders(): JavaMap;
  /** One header, optionally converted to a type (e.g. java.lang.String); null when absent. */
  getHeader(name: string, type?: unknown): any;
  /** Sets a header; a null value removes it. */
  setHeader(name: string, value: unknown): void;
  /** Replaces all headers with the entries of the map. */
  setHeaders(headers: JavaMap | Record<string, unknown>): void;
  /** The exchange properties as a live Java map: put/remove change the message. */
  getProperties(): JavaMap;
  /** One exchange property; null when absent. */
  getProperty(name: string): any;
  /** Sets an exchange property; a null value removes it. */
  setProperty(name: string, value: unknown): void;
  /** Replaces all exchange properties with the entries of the map. */
  setProperties(properties: JavaMap | Record<string, unknown>): void;
  /** The message's attachments as a Java map (name to content). */
  getAttachments(): JavaMap;
}

/** A message processing log (MPL) entry writer: what a script writes here is kept with the run. */
interface MessageLog {
  /** Adds a string property to the message processing log. */
  setStringProperty(name: string, value: string): void;
  /** Adds an attachment (e.g. the payload) to the message processing log. */
  addAttachmentAsString(name: string, content: string, mediaType: string): void;
  /** Adds a searchable custom header property to the message processing log. */
  addCustomHeaderProperty(name: string, value: string): void;
}

interface MessageLogFactory {
  /** The message processing log of the message, or null when logging is off. */
  getMessageLog(message: Message): MessageLog | null;
}

/** Gives access to the message processing log (MPL). */
declare var messageLogFactory: MessageLogFactory;

/** Makes a Java class available by its simple name, e.g. importClass(java.util.HashMap). */
declare function importClass(javaClass: unknown): void;
/** Makes every class of a Java package available by simple name, e.g. importPackage(java.util). */
declare function importPackage(javaPackage: unknown): void;

/** Java classes the script runtime provides. */
declare namespace java {
  namespace lang {
    class String {
      constructor(value?: unknown);
      getClass(): unknown;
      length(): number;
    }
    class Integer { static parseInt(text: string, radix?: number): number; static valueOf(value: unknown): number; }
    class System { static currentTimeMillis(): number; }
  }
  namespace util {
    class HashMap<V = any> implements JavaMap<V> {
      constructor(other?: JavaMap<V>);
      get(key: string): V | null; put(key: string, value: V): V | null;
      putAll(other: JavaMap<V> | Record<string, V>): void; remove(key: string): V | null;
      containsKey(key: string): boolean; containsValue(value: V): boolean;
      keySet(): JavaSet<string>; values(): JavaList<V>; entrySet(): JavaSet<JavaMapEntry<V>>;
      size(): number; isEmpty(): boolean; clear(): void;
    }
    class ArrayList<T = any> {
      constructor(other?: unknown);
      add(value: T): boolean; get(index: number): T; set(index: number, value: T): T;
      remove(index: number): T; size(): number; isEmpty(): boolean; contains(value: T): boolean;
      toArray(): T[];
    }
    class Date { constructor(millis?: number); getTime(): number; }
    class Base64 {
      static getEncoder(): { encodeToString(bytes: unknown): string };
      static getDecoder(): { decode(text: string): number[] };
    }
  }
  namespace text {
    /** Java date formatting, e.g. new java.text.SimpleDateFormat("yyyy-MM-dd").format(new java.util.Date()). */
    class SimpleDateFormat {
      constructor(pattern: string);
      format(date: unknown): string;
      parse(text: string): java.util.Date;
    }
  }
}

/** Rhino's root of all Java packages, e.g. Packages.java.util.HashMap. */
declare var Packages: { java: typeof java; [name: string]: any };

/** The CPI Message class (after importClass(com.sap.gateway.ip.core.customdev.util.Message)). */
declare namespace com.sap.gateway.ip.core.customdev.util {
  var Message: unknown;
}

/** console output is captured with the run and shown in the preview. */
declare var console: {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
};
`;

/** Message API methods the typings must describe (checked by the tests). */
export const MESSAGE_API_METHODS = [
  'getBody',
  'setBody',
  'getHeaders',
  'getHeader',
  'setHeader',
  'setHeaders',
  'getProperties',
  'getProperty',
  'setProperty',
  'setProperties',
  'getAttachments',
] as const;
