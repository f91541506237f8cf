// java.io streams over in-memory data: what scripts use to read the body (getBody(InputStream),
// BufferedReader.readLine) and to build bytes (ByteArrayOutputStream). No file or socket streams.
import type { ClassTable, ShimEnv } from './env';

let ENV: ShimEnv | null = null;
function env(): ShimEnv {
  if (!ENV) throw new Error('streams: not installed');
  return ENV;
}

/** Base of the byte streams: read() one byte (-1 at the end), read(buffer), readAllBytes(). */
export class InputStream {
  protected bytes: Int8Array = new Int8Array(0);
  protected pos = 0;
  read(buffer?: Int8Array, offset = 0, length?: number): number {
    if (buffer === undefined)
      return this.pos < this.bytes.length ? this.bytes[this.pos++]! & 255 : -1;
    const n = Math.min(length ?? buffer.length - offset, this.bytes.length - this.pos);
    if (n <= 0) return -1;
    buffer.set(this.bytes.subarray(this.pos, this.pos + n), offset);
    this.pos += n;
    return n;
  }
  readAllBytes(): Int8Array {
    const rest = this.bytes.slice(this.pos);
    this.pos = this.bytes.length;
    return rest;
  }
  available(): number {
    return this.bytes.length - this.pos;
  }
  skip(n: number): number {
    const k = Math.max(0, Math.min(n, this.bytes.length - this.pos));
    this.pos += k;
    return k;
  }
  close(): void {}
  /** getBody(java.io.InputStream): the body's bytes (text as UTF-8). */
  static fromMessageValue(v: unknown): InputStream {
    return new ByteArrayInputStream(env().toBytes(v));
  }
}

export class ByteArrayInputStream extends InputStream {
  constructor(bytes: unknown) {
    super();
    this.bytes = env().toBytes(bytes);
  }
}

/** A character source: read(), read(buffer), and the text left (for BufferedReader). */
export class Reader {
  protected text = '';
  protected pos = 0;
  read(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos++) : -1;
  }
  ready(): boolean {
    return this.pos < this.text.length;
  }
  close(): void {}
  /** What is left, consumed (for readers layered on this one). */
  drain(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }
  static fromMessageValue(v: unknown): Reader {
    return new StringReader(env().str(v));
  }
}

export class StringReader extends Reader {
  constructor(text: unknown) {
    super();
    this.text = env().str(text);
  }
}

export class InputStreamReader extends Reader {
  constructor(input: InputStream, charset?: unknown) {
    super();
    if (charset !== undefined && !/^utf-?8$/i.test(env().str(charset))) {
      const E = env().exceptions.UnsupportedEncodingException;
      if (E) throw env().jthrow(E, env().str(charset));
    }
    this.text = env().utf8Decode(input.readAllBytes());
  }
}

export class BufferedReader extends Reader {
  constructor(source: Reader) {
    super();
    this.text = source.drain();
  }
  /** The next line without its terminator (\n, \r or \r\n), or null at the end. */
  readLine(): unknown {
    if (this.pos >= this.text.length) return null;
    const rest = this.text.slice(this.pos);
    const m = /\r\n|\n|\r/.exec(rest);
    const line = m ? rest.slice(0, m.index) : rest;
    this.pos += m ? m.index + m[0].length : rest.length;
    return env().jstr(line);
  }
  lines(): unknown[] {
    const out: unknown[] = [];
    for (let l = this.readLine(); l !== null; l = this.readLine()) out.push(l);
    return out;
  }
}

export class OutputStream {
  protected chunks: number[] = [];
  write(b: unknown, offset?: number, length?: number): void {
    if (typeof b === 'number') {
      this.chunks.push(((b & 255) << 24) >> 24);
      return;
    }
    const bytes = env().toBytes(b);
    const start = offset ?? 0;
    const end = length === undefined ? bytes.length : start + length;
    for (let i = start; i < end; i++) this.chunks.push(bytes[i]!);
  }
  flush(): void {}
  close(): void {}
}

export class ByteArrayOutputStream extends OutputStream {
  toByteArray(): Int8Array {
    return new Int8Array(this.chunks);
  }
  size(): number {
    return this.chunks.length;
  }
  reset(): void {
    this.chunks = [];
  }
  override toString(charset?: unknown): unknown {
    void charset;
    return env().jstr(env().utf8Decode(this.chunks));
  }
}

export function installStreams(e: ShimEnv): ClassTable {
  ENV = e;
  return {
    'java.io.InputStream': InputStream,
    'java.io.ByteArrayInputStream': ByteArrayInputStream,
    'java.io.Reader': Reader,
    'java.io.StringReader': StringReader,
    'java.io.InputStreamReader': InputStreamReader,
    'java.io.BufferedReader': BufferedReader,
    'java.io.OutputStream': OutputStream,
    'java.io.ByteArrayOutputStream': ByteArrayOutputStream,
  };
}
