/**
 * What the Java shims get from the prelude they run in (inside QuickJS). The shims are real
 * TypeScript modules, bundled at build time into one script (`npm run prelude`, see
 * scripts/build-prelude.ts) that the prelude evaluates with this environment. They must not import
 * anything but other shim modules: the bundle runs in the sandbox, not in the host.
 */

/** A java.lang.String as scripts see it: an object answering Java's methods. */
export interface JavaStringLike {
  toString(): string;
  valueOf(): string;
}

/** A Java exception class as the prelude defines it (an Error subclass named like the Java class). */
export type ExceptionClass = new (message?: string) => Error;

export interface ShimEnv {
  /** Wrap a primitive string as a Java string (null and undefined stay as they are). */
  jstr(s: string): JavaStringLike;
  /** Primitive text of a JS or Java string (or anything else). */
  str(v: unknown): string;
  /** The error a Java method throws, as Rhino hands it to the script (name "JavaException"). */
  jthrow(E: ExceptionClass, message?: string): Error;
  /** Java exception classes by simple name (NumberFormatException, IOException, …). */
  exceptions: Record<string, ExceptionClass>;
  /** Define a Java exception class (qualified name, parent class). */
  defineException(qualified: string, parent?: ExceptionClass): ExceptionClass;
  /** Bytes of a value: Java byte arrays as they are, text as UTF-8. */
  toBytes(v: unknown): Int8Array;
  utf8Encode(s: string): number[];
  utf8Decode(bytes: ArrayLike<number>): string;
}

/** Classes a shim module provides, by their Java name. */
export type ClassTable = Record<string, unknown>;
