// java.lang.String as Rhino hands it to scripts: a wrapper object answering Java's methods
// (length(), equals, getBytes, split with Java regexes, …) that behaves as its primitive in
// concatenation, comparison (==), JSON and String() through valueOf / toString / toJSON. Also the
// byte and UTF-8 helpers every shim uses, and the text of any value.
import { hide, methods } from './define';

const JsString = String;
const JsRegExp = RegExp;
const isArray = Array.isArray;
const slice = Array.prototype.slice;
const SP = String.prototype;
const fromCodePoint = String.fromCodePoint;

/** Where a Java string keeps its primitive text. */
export const VAL: unique symbol = Symbol('javaValue');

export interface JavaStringObject {
  [VAL]: string;
  toString(): string;
  valueOf(): string;
}

/** What java.lang.String needs from the prelude. */
export interface JavaStringEnv {
  /** Text of any value as Java's String.valueOf would give it. */
  describe(v: unknown): string;
  /** The items of a java.util List or Set, or null for anything else. */
  collectionItems(v: unknown): unknown[] | null;
}

let ENV: JavaStringEnv | null = null;
function env(): JavaStringEnv {
  if (!ENV) throw new Error('java.lang.String: not installed');
  return ENV;
}

export function isBytes(v: unknown): v is Int8Array | Uint8Array {
  return v instanceof Int8Array || v instanceof Uint8Array;
}

export function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (
      c >= 0xd800 &&
      c < 0xdc00 &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
    } else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

export function utf8Decode(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i++]! & 255;
    let cp;
    if (b < 0x80) cp = b;
    else if (b < 0xe0) cp = ((b & 31) << 6) | (bytes[i++]! & 63);
    else if (b < 0xf0) cp = ((b & 15) << 12) | ((bytes[i++]! & 63) << 6) | (bytes[i++]! & 63);
    else
      cp =
        ((b & 7) << 18) |
        ((bytes[i++]! & 63) << 12) |
        ((bytes[i++]! & 63) << 6) |
        (bytes[i++]! & 63);
    s += fromCodePoint(cp);
  }
  return s;
}

/** Primitive string of a JS or Java string, of bytes (UTF-8), or of anything else. */
export function str(v: unknown): string {
  if (v instanceof JavaString) return v[VAL];
  if (isBytes(v)) return utf8Decode(v);
  return JsString(v);
}

/** Bytes of a value: Java byte arrays as they are, arrays of numbers, text as UTF-8. */
export function toBytes(v: unknown): Int8Array | Uint8Array {
  if (isBytes(v)) return v;
  if (isArray(v)) return new Int8Array(v as number[]);
  return new Int8Array(utf8Encode(str(v)));
}

class JavaStringClass {
  [VAL]: string;
  constructor(a?: unknown, _charset?: unknown) {
    this[VAL] =
      a === undefined || a === null
        ? ''
        : isBytes(a) || isArray(a)
          ? utf8Decode(a as ArrayLike<number>)
          : str(a);
  }
}

/** java.lang.String: `new java.lang.String(x)`, also callable without `new`. */
export const JavaString = function (a?: unknown, charset?: unknown): JavaStringObject {
  return new JavaStringClass(a, charset) as unknown as JavaStringObject;
} as unknown as (new (a?: unknown, charset?: unknown) => JavaStringObject) &
  Record<string, unknown>;
JavaString.prototype = JavaStringClass.prototype;

/** The fast way to a Java string from a primitive (no conversion of the argument). */
const JStr = function (this: JavaStringObject, s: string) {
  this[VAL] = s;
} as unknown as new (s: string) => JavaStringObject;
JStr.prototype = JavaStringClass.prototype;

/** A Java string of this text (null and undefined stay as they are). */
export function jstr<T>(s: T): T extends null | undefined ? T : JavaStringObject {
  type R = T extends null | undefined ? T : JavaStringObject;
  if (s === null || s === undefined) return s as R;
  return new JStr(typeof s === 'string' ? s : JsString(s)) as R;
}

/** A Java regular expression as a JavaScript one ((?i) and friends become flags). */
export function javaRegex(re: unknown, flags?: string): RegExp {
  let src = str(re);
  let f = flags || '';
  const m = /^\(\?([imsx]+)\)/.exec(src);
  if (m) {
    src = src.slice(m[0].length);
    f += m[1]!.replace(/x/g, '');
  }
  return new JsRegExp(src, f);
}

/** A Java replacement string ($1, \$) as a JavaScript one. */
export function javaReplacement(r: unknown): string {
  return str(r).replace(
    /\\(.)|\$(\d)|\$/g,
    (_all, esc: string | undefined, grp: string | undefined) =>
      esc !== undefined ? (esc === '$' ? '$$' : esc) : grp !== undefined ? `$${grp}` : '$$',
  );
}

// On a Java string, "s.length" is the Java method length() itself (Rhino): calling it gives the
// count; using it as a value gives the method's text, as Rhino prints it.
const LENGTH_TEXT = 'function length() {/*\nint length()\n*/}\n';
function javaLength(n: number): () => number {
  const f = function length(): number {
    return n;
  };
  f.valueOf = f.toString = () => LENGTH_TEXT;
  return f;
}

type Method = (this: JavaStringObject, ...args: unknown[]) => unknown;

const javaStringMethods: Record<string, Method> = {
  toString(this: JavaStringObject) {
    return this[VAL];
  },
  valueOf(this: JavaStringObject) {
    return this[VAL];
  },
  toJSON(this: JavaStringObject) {
    return this[VAL];
  },
  equals(this: JavaStringObject, o) {
    return (typeof o === 'string' || o instanceof JavaString) && str(o) === this[VAL];
  },
  equalsIgnoreCase(this: JavaStringObject, o) {
    return o !== null && o !== undefined && str(o).toLowerCase() === this[VAL].toLowerCase();
  },
  contains(this: JavaStringObject, s) {
    return this[VAL].indexOf(str(s)) >= 0;
  },
  isEmpty(this: JavaStringObject) {
    return this[VAL].length === 0;
  },
  isBlank(this: JavaStringObject) {
    return this[VAL].trim().length === 0;
  },
  getBytes(this: JavaStringObject) {
    return new Int8Array(utf8Encode(this[VAL]));
  },
  matches(this: JavaStringObject, re) {
    const r = javaRegex(re);
    return new JsRegExp(`^(?:${r.source})$`, r.flags).test(this[VAL]);
  },
  replaceAll(this: JavaStringObject, re, r) {
    return jstr(this[VAL].replace(javaRegex(re, 'g'), javaReplacement(r)));
  },
  replaceFirst(this: JavaStringObject, re, r) {
    return jstr(this[VAL].replace(javaRegex(re), javaReplacement(r)));
  },
  replace(this: JavaStringObject, a, b) {
    if (a instanceof JsRegExp || typeof b === 'function')
      return jstr(this[VAL].replace(a as RegExp, b as (s: string) => string));
    return jstr(this[VAL].split(str(a)).join(str(b)));
  },
  split(this: JavaStringObject, re, limit) {
    const n = limit as number;
    if (re instanceof JsRegExp) return this[VAL].split(re, n).map((p) => jstr(p));
    const src = str(re);
    let parts = this[VAL].split(/^[^.$|()[{^?*+\\]$/.test(src) ? src : javaRegex(src));
    if (n > 0 && parts.length > n)
      parts = parts.slice(0, n - 1).concat([parts.slice(n - 1).join(src)]);
    if (!n) while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts.map((p) => jstr(p));
  },
  compareTo(this: JavaStringObject, o) {
    const a = this[VAL];
    const b = str(o);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
      if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
    return a.length - b.length;
  },
  compareToIgnoreCase(this: JavaStringObject, o) {
    return javaStringMethods.compareTo!.call(jstr(this[VAL].toLowerCase()), str(o).toLowerCase());
  },
  hashCode(this: JavaStringObject) {
    let h = 0;
    const s = this[VAL];
    for (let i = 0; i < s.length; i++) h = (31 * h + s.charCodeAt(i)) | 0;
    return h;
  },
  toCharArray(this: JavaStringObject) {
    return this[VAL].split('').map((c) => jstr(c));
  },
  intern(this: JavaStringObject) {
    return this;
  },
  getClass(this: JavaStringObject) {
    return JavaString;
  },
};

const proto = JavaStringClass.prototype as unknown as Record<string, unknown>;
Object.defineProperty(proto, 'length', {
  get(this: JavaStringObject) {
    return javaLength(this[VAL].length);
  },
  enumerable: false,
  configurable: true,
});
const stringMethods = SP as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of [
  'charAt',
  'concat',
  'slice',
  'substr',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'padStart',
  'padEnd',
  'repeat',
  'normalize',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'at',
  'strip',
]) {
  const impl = name === 'strip' ? stringMethods.trim! : stringMethods[name]!;
  hide(proto, name, function (this: JavaStringObject, ...args: unknown[]) {
    return jstr(impl.apply(this[VAL], args) as string);
  });
}
for (const name of [
  'indexOf',
  'lastIndexOf',
  'charCodeAt',
  'codePointAt',
  'startsWith',
  'endsWith',
  'includes',
  'localeCompare',
  'match',
  'matchAll',
  'search',
]) {
  const impl = stringMethods[name]!;
  hide(proto, name, function (this: JavaStringObject, ...args: unknown[]) {
    return impl.apply(
      this[VAL],
      args.map((a) => (a instanceof JavaString ? a[VAL] : a)),
    );
  });
}
methods(proto, javaStringMethods);

/** String.format as Java writes it (%s %d %f %x %X %b %n %%, width, precision, - and 0 flags). */
export function javaFormat(fmt: unknown, ...args: unknown[]): string {
  let i = 0;
  return str(fmt).replace(
    /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdfxXbn%])/g,
    (_all, left?: string, zero?: string, width?: string, prec?: string, conv?: string) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const v = args[i++];
      let s;
      if (conv === 'd') s = JsString(Math.trunc(Number(str(v))));
      else if (conv === 'f') s = Number(str(v)).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x' || conv === 'X') s = Number(v).toString(16);
      else s = v === null || v === undefined ? 'null' : env().describe(v);
      if (conv === 'X') s = s.toUpperCase();
      if (conv === 's' && prec !== undefined) s = s.slice(0, Number(prec));
      const w = Number(width || 0);
      while (s.length < w) s = left ? `${s} ` : (zero ? '0' : ' ') + s;
      return s;
    },
  );
}

methods(JavaString, {
  valueOf: (v: unknown) =>
    jstr(isArray(v) ? v.map(str).join('') : v === null ? 'null' : env().describe(v)),
  format: (fmt: unknown, ...args: unknown[]) => jstr(javaFormat(fmt, ...args)),
  join(sep: unknown, items: unknown, ...more: unknown[]) {
    const list =
      env().collectionItems(items) ?? (isArray(items) ? items : slice.call([items, ...more]));
    return jstr(list.map(str).join(str(sep)));
  },
  fromCharCode: JsString.fromCharCode,
  fromCodePoint: JsString.fromCodePoint,
  raw: JsString.raw,
});

export function installJavaString(e: JavaStringEnv): void {
  ENV = e;
}

/**
 * Plain JavaScript strings also answer the Java-only methods (never overriding a JavaScript one),
 * as Rhino's strings do. Changes this realm's String.prototype: the sandbox calls it once while
 * building its realm, before hardening freezes the prototype.
 */
export function teachJsStringsJava(): void {
  for (const name of [
    'equals',
    'equalsIgnoreCase',
    'contains',
    'isEmpty',
    'isBlank',
    'getBytes',
    'matches',
    'replaceFirst',
    'compareTo',
    'compareToIgnoreCase',
    'hashCode',
    'toCharArray',
    'getClass',
  ]) {
    const impl = javaStringMethods[name]!;
    hide(SP, name, function (this: string, ...args: unknown[]) {
      return impl.apply(new JStr(JsString(this)), args);
    });
  }
}
