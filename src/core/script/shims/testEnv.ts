// A ShimEnv for unit tests of the shims in Node (outside the sandbox): Java strings are plain
// strings, Java exceptions are Error subclasses named like the Java class.
import type { ExceptionClass, ShimEnv } from './env';

export function testEnv(): ShimEnv {
  const exceptions: Record<string, ExceptionClass> = {};
  const defineException = (qualified: string, parent?: ExceptionClass): ExceptionClass => {
    const Base = parent ?? Error;
    const E = class extends Base {
      constructor(message?: string) {
        super(message ?? '');
        this.name = qualified;
      }
    };
    exceptions[qualified.slice(qualified.lastIndexOf('.') + 1)] = E;
    return E;
  };
  const runtime = defineException('java.lang.RuntimeException');
  defineException('java.lang.IllegalArgumentException', runtime);
  defineException('java.lang.NumberFormatException', exceptions.IllegalArgumentException);
  defineException('java.io.IOException');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const str = (v: unknown): string =>
    v instanceof Int8Array ? decoder.decode(new Uint8Array(v)) : String(v);
  return {
    jstr: (s) => ({ toString: () => s, valueOf: () => s }),
    str,
    jthrow: (E, message) => new E(message),
    exceptions,
    defineException,
    toBytes: (v) => (v instanceof Int8Array ? v : new Int8Array(encoder.encode(str(v)))),
    utf8Encode: (s) => [...encoder.encode(s)],
    utf8Decode: (b) => decoder.decode(new Uint8Array(Array.from(b, (x) => x & 255))),
  };
}
