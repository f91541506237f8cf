// java.nio.charset.Charset and StandardCharsets, as scripts pass them to String, getBytes, readers
// and URL codecs: a charset is its name wherever the shims take a charset (they read and write
// UTF-8, as CPI's scripts nearly always do).
import type { ClassTable, ShimEnv } from './env';

let ENV: ShimEnv | null = null;
function env(): ShimEnv {
  if (!ENV) throw new Error('java.nio.charset: not installed');
  return ENV;
}

const KNOWN = ['UTF-8', 'ISO-8859-1', 'US-ASCII', 'UTF-16', 'UTF-16BE', 'UTF-16LE'];

export class Charset {
  constructor(readonly canonical: string) {}
  name(): unknown {
    return env().jstr(this.canonical);
  }
  displayName(): unknown {
    return env().jstr(this.canonical);
  }
  toString(): string {
    return this.canonical;
  }
  equals(o: unknown): boolean {
    return o instanceof Charset && o.canonical === this.canonical;
  }
  static forName(name: unknown): Charset {
    const n = env()
      .str(name)
      .toUpperCase()
      .replace(/^UTF8$/, 'UTF-8');
    const known = KNOWN.find((k) => k === n || k.replace(/-/g, '') === n.replace(/[-_]/g, ''));
    if (!known) {
      const e = env();
      const E =
        e.exceptions.UnsupportedCharsetException ??
        e.defineException(
          'java.nio.charset.UnsupportedCharsetException',
          e.exceptions.IllegalArgumentException,
        );
      throw e.jthrow(E, env().str(name));
    }
    return new Charset(known);
  }
  static defaultCharset(): Charset {
    return new Charset('UTF-8');
  }
}

export function installCharsets(e: ShimEnv): ClassTable {
  ENV = e;
  const StandardCharsets = {
    UTF_8: new Charset('UTF-8'),
    ISO_8859_1: new Charset('ISO-8859-1'),
    US_ASCII: new Charset('US-ASCII'),
    UTF_16: new Charset('UTF-16'),
    UTF_16BE: new Charset('UTF-16BE'),
    UTF_16LE: new Charset('UTF-16LE'),
  };
  return {
    'java.nio.charset.Charset': Charset,
    'java.nio.charset.StandardCharsets': StandardCharsets,
  };
}
