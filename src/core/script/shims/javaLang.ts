// java.lang as CPI scripts meet it in Rhino: Java exceptions (and how Rhino wraps them when a Java
// method throws), boxed numbers (Integer, Long, Double, Float, Boolean), System, StringBuilder,
// Character; the exception data CPI's Camel hands a script (CamelExceptionCaught) and back.
import { JavaNumber, type NumberKind } from './boxed';
import { callable } from './callable';
import { makeMap } from './collections';
import { hide, methods } from './define';
import type { ClassTable, ExceptionClass } from './env';

/** What java.lang needs from the prelude. */
export interface JavaLangEnv {
  str(v: unknown): string;
  jstr(s: string): unknown;
  /** Text of any value as Java's String.valueOf would give it. */
  describe(v: unknown): string;
  /** A provided class by its qualified name, or null. */
  classFor(name: string): unknown;
  /** The SecurityException for an API scripts may not use. */
  refusal(api: string, why: string): Error;
}

/** A Java exception as thrown in the sandbox: an Error named like the Java class. */
type JavaError = Error & { cause?: unknown; [CAUGHT_AT]?: CaughtAt };
type CaughtAt = { line?: unknown; column?: unknown };
/** The data CPI's Camel hands a script for a caught exception (see caughtException). */
export type ExceptionData = {
  '@exception': true;
  type: string;
  message: string;
  line?: number;
  column?: number;
};

const JsError = Error;
const JsString = String;
const setPrototypeOf = Object.setPrototypeOf;
const create = Object.create;
const freeze = Object.freeze;
const isArray = Array.isArray;
const now = Date.now;
/** Where the engine reported a caught exception (line/column), kept so it can leave unchanged. */
export const CAUGHT_AT: unique symbol = Symbol('caughtAt');

let ENV: JavaLangEnv | null = null;
function env(): JavaLangEnv {
  if (!ENV) throw new Error('java.lang: not installed');
  return ENV;
}

/** Java exception classes by simple name (NumberFormatException, IOException, …). */
export const JavaExceptions: Record<string, ExceptionClass> = {};

/** A Java exception class: an Error subclass named like the Java class, callable without new. */
export function defineException(qualified: string, parent?: ExceptionClass): ExceptionClass {
  const simple = qualified.slice(qualified.lastIndexOf('.') + 1);
  const Base = parent ?? JsError;
  const E = function (message?: unknown, cause?: unknown): Error {
    const err = new JsError(message === undefined || message === null ? '' : env().str(message));
    setPrototypeOf(err, E.prototype);
    if (cause !== undefined) hide(err, 'cause', cause);
    return err;
  } as unknown as ExceptionClass;
  E.prototype = create(Base.prototype) as Error;
  methods(E.prototype, {
    constructor: E,
    name: qualified,
    getMessage(this: JavaError) {
      return env().jstr(this.message);
    },
    getLocalizedMessage(this: JavaError) {
      return env().jstr(this.message);
    },
    getCause(this: JavaError) {
      return this.cause === undefined ? null : this.cause;
    },
    printStackTrace() {},
    // this.name, not qualified: a caught exception keeps the engine's type (see caughtException).
    toString(this: JavaError) {
      return JsString(this.name) + (this.message ? `: ${this.message}` : '');
    },
    getClass(this: JavaError) {
      return classOf(JsString(this.name));
    },
  });
  JavaExceptions[simple] = E;
  return E;
}

/** The exception class of this simple name (every one used here is defined below). */
export function exception(simple: string): ExceptionClass {
  return JavaExceptions[simple] ?? JsError;
}

const JException = defineException('java.lang.Exception');
const JRuntimeException = defineException('java.lang.RuntimeException', JException);
defineException('java.lang.Throwable');
defineException('java.lang.IllegalArgumentException', JRuntimeException);
defineException('java.lang.IllegalStateException', JRuntimeException);
defineException('java.lang.NullPointerException', JRuntimeException);
defineException('java.lang.NumberFormatException', exception('IllegalArgumentException'));
defineException('java.lang.IndexOutOfBoundsException', JRuntimeException);
defineException(
  'java.lang.StringIndexOutOfBoundsException',
  exception('IndexOutOfBoundsException'),
);
defineException('java.lang.ArrayIndexOutOfBoundsException', exception('IndexOutOfBoundsException'));
defineException('java.lang.UnsupportedOperationException', JRuntimeException);
defineException('java.util.NoSuchElementException', JRuntimeException);
defineException('java.io.IOException', JException);
defineException('java.text.ParseException', JException);

/**
 * How Rhino hands a script an exception thrown by a Java method: a JavaScript Error named
 * "JavaException" whose message is the Java exception's toString() and whose javaException is the
 * Java exception itself. Left uncaught, the script fails with the Java exception's type and message.
 */
export function jthrow(E: ExceptionClass, message?: string): Error {
  const java = new E(message);
  const err = new JsError(java.toString());
  hide(err, 'name', 'JavaException');
  hide(err, 'javaException', java);
  return err;
}

/** The Java exception a thrown value stands for, if any (see jthrow). */
export function javaExceptionOf(e: unknown): Error | null {
  const j = e instanceof JsError ? (e as { javaException?: unknown }).javaException : undefined;
  return j instanceof JsError ? j : null;
}

/** The Class of an exception type: a provided class when we have it, else a name-only stand-in. */
export function classOf(name: string): unknown {
  const known = env().classFor(name);
  if (known) return known;
  const simple = name.slice(name.lastIndexOf('.') + 1);
  return freeze({
    getName: () => env().jstr(name),
    getSimpleName: () => env().jstr(simple),
    toString: () => `class ${name}`,
  });
}

function isTaggedException(v: unknown): v is Partial<ExceptionData> {
  return (
    v !== null &&
    typeof v === 'object' &&
    !isArray(v) &&
    (v as Record<string, unknown>)['@exception'] === true
  );
}

/**
 * CamelExceptionCaught arrives as plain data ({"@exception": true, type, message, line?, column?});
 * scripts expect a Java exception (getMessage(), getClass().getName(), toString()).
 */
export function caughtException(data: Partial<ExceptionData>): Error {
  const type = typeof data.type === 'string' && data.type ? data.type : 'java.lang.Exception';
  const known = JavaExceptions[type.slice(type.lastIndexOf('.') + 1)];
  const E = known && known.prototype.name === type ? known : JException;
  const err = new E(
    data.message === undefined || data.message === null ? '' : env().str(data.message),
  );
  if (E.prototype.name !== type) hide(err, 'name', type);
  hide(err, CAUGHT_AT, { line: data.line, column: data.column });
  return err;
}

/** Top-level values of a header/property record with tagged exceptions turned into exceptions. */
export function withExceptions(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const ks = Object.keys(record);
  let found = false;
  for (let i = 0; i < ks.length; i++) {
    let v = record[ks[i]!];
    if (isTaggedException(v)) {
      v = caughtException(v);
      found = true;
    }
    out[ks[i]!] = v;
  }
  return found ? out : record;
}

/** An exception leaving the script: back to the tagged data the engine understands. */
export function exceptionData(thrown: Error): ExceptionData {
  const e = (javaExceptionOf(thrown) ?? thrown) as JavaError;
  const out: ExceptionData = {
    '@exception': true,
    type: JsString(e.name || 'Error'),
    message: JsString(e.message),
  };
  const at = e[CAUGHT_AT];
  if (at && typeof at.line === 'number') out.line = at.line;
  if (at && typeof at.column === 'number') out.column = at.column;
  return out;
}

function numberFormat(t: string): Error {
  return jthrow(exception('NumberFormatException'), `For input string: "${t}"`);
}

/** Integer.parseInt / Long.parseLong: the whole text must be a number in the radix. */
export function parseIntStrict(s: unknown, radix?: number): number {
  const t = env().str(s);
  const ok = (radix || 10) === 10 ? /^[+-]?\d+$/.test(t) : /^[+-]?[0-9a-z]+$/i.test(t);
  const n = ok ? parseInt(t, radix || 10) : NaN;
  if (isNaN(n)) throw numberFormat(t);
  return n;
}

/** Double.parseDouble / Float.parseFloat (surrounding blanks and a d/f suffix allowed). */
export function parseFloatStrict(s: unknown): number {
  const t = env().str(s).trim();
  const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(t) ? parseFloat(t) : NaN;
  if (isNaN(n)) throw numberFormat(t);
  return n;
}

// valueOf and new give a boxed java.lang number (the JavaNumber shim, as Rhino's Java objects);
// parseInt / parseDouble give JavaScript numbers (Java primitives), as in Rhino.
function numberClass(
  kind: NumberKind,
  parse: (v: unknown) => number,
  extra: Record<string, unknown>,
): (v: unknown) => JavaNumber {
  const box = (v: unknown): JavaNumber =>
    new JavaNumber(kind, typeof v === 'number' ? v : parse(v));
  const C = function (v: unknown): JavaNumber {
    return box(v);
  };
  methods(C, {
    valueOf: box,
    toString: (v: unknown) => env().jstr(box(v).toString()),
  });
  methods(C, extra);
  return C;
}

class StringBuilderClass {
  _s: string;
  constructor(init?: unknown) {
    this._s = typeof init === 'number' || init === undefined ? '' : env().str(init);
  }
  append(v: unknown): this {
    this._s += v === null || v === undefined ? 'null' : env().describe(v);
    return this;
  }
  insert(i: number, v: unknown): this {
    this._s = this._s.slice(0, i) + env().describe(v) + this._s.slice(i);
    return this;
  }
  reverse(): this {
    this._s = this._s.split('').reverse().join('');
    return this;
  }
  setLength(n: number): void {
    this._s = this._s.slice(0, n);
  }
  deleteCharAt(i: number): this {
    this._s = this._s.slice(0, i) + this._s.slice(i + 1);
    return this;
  }
  length(): number {
    return this._s.length;
  }
  charAt(i: number): unknown {
    return env().jstr(this._s.charAt(i));
  }
  indexOf(s: unknown): number {
    return this._s.indexOf(env().str(s));
  }
  /** A Java string (an object); valueOf keeps "" + builder working. */
  toString(): unknown {
    return env().jstr(this._s);
  }
  valueOf(): string {
    return this._s;
  }
}

/** java.lang.StringBuilder / StringBuffer (also callable without `new`). */
export const StringBuilder = callable(StringBuilderClass);

export interface JavaLang {
  classes: ClassTable;
  Integer: (v: unknown) => JavaNumber;
  Long: (v: unknown) => JavaNumber;
  Double: (v: unknown) => JavaNumber;
  Float: (v: unknown) => JavaNumber;
  Boolean: ((v: unknown) => boolean) & { parseBoolean(v: unknown): boolean };
}

export function installJavaLang(e: JavaLangEnv): JavaLang {
  ENV = e;
  const Integer = numberClass('Integer', parseIntStrict, {
    parseInt: parseIntStrict,
    MAX_VALUE: 2147483647,
    MIN_VALUE: -2147483648,
  });
  const Long = numberClass('Long', parseIntStrict, {
    parseLong: parseIntStrict,
    MAX_VALUE: 9007199254740991,
  });
  const Double = numberClass('Double', parseFloatStrict, {
    parseDouble: parseFloatStrict,
    isNaN,
  });
  const Float = numberClass('Float', parseFloatStrict, { parseFloat: parseFloatStrict });
  const parseBoolean = (v: unknown): boolean =>
    v !== null && v !== undefined && e.str(v).toLowerCase() === 'true';
  const JBoolean = function (v: unknown): boolean {
    return e.str(v).toLowerCase() === 'true';
  } as JavaLang['Boolean'];
  methods(JBoolean, {
    parseBoolean,
    valueOf: (v: unknown) => (typeof v === 'boolean' ? v : parseBoolean(v)),
    toString: (v: unknown) => e.jstr(JsString(v)),
    TRUE: true,
    FALSE: false,
  });
  const System = {
    currentTimeMillis: () => now(),
    nanoTime: () => now() * 1e6,
    lineSeparator: () => e.jstr('\n'),
    getProperty: () => null,
    // The studio has no environment: getenv() is an empty map, getenv(name) null (Groovy's
    // System.env['TENANT_NAME'] too), as on a machine without the variable.
    getenv: (name?: unknown) => (name === undefined ? makeMap({}) : null),
    getEnv: () => makeMap({}),
    exit: () => {
      throw e.refusal('java.lang.System.exit', 'a script may not stop the runtime');
    },
    gc: () => {},
  };
  const Character = {
    isDigit: (c: unknown) => /^[0-9]$/.test(e.str(c)),
    isLetter: (c: unknown) => /^[A-Za-z\u00C0-\u024F]$/.test(e.str(c)),
    isLetterOrDigit: (c: unknown) => /^[A-Za-z0-9\u00C0-\u024F]$/.test(e.str(c)),
    isWhitespace: (c: unknown) => /^\s$/.test(e.str(c)),
    isUpperCase: (c: unknown) => {
      const s = e.str(c);
      return s !== s.toLowerCase();
    },
    isLowerCase: (c: unknown) => {
      const s = e.str(c);
      return s !== s.toUpperCase();
    },
    toUpperCase: (c: unknown) => e.jstr(e.str(c).toUpperCase()),
    toLowerCase: (c: unknown) => e.jstr(e.str(c).toLowerCase()),
  };
  return {
    Integer,
    Long,
    Double,
    Float,
    Boolean: JBoolean,
    classes: {
      'java.lang.Integer': Integer,
      'java.lang.Long': Long,
      'java.lang.Double': Double,
      'java.lang.Float': Float,
      'java.lang.Boolean': JBoolean,
      'java.lang.System': System,
      'java.lang.StringBuilder': StringBuilder,
      'java.lang.StringBuffer': StringBuilder,
      'java.lang.Character': Character,
    },
  };
}
