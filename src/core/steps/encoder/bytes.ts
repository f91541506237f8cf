import { unzipSync, zipSync } from 'fflate';
import { bodyText } from '../../expression/bodyText';
import { textOrBytes } from '../../expression/textOrBytes';

/*
 * What the Encoder and Decoder steps do to the body, loaded with the first run of one of them
 * (fflate stays out of the editor's first JavaScript). A body is text (a string) or bytes (a
 * Uint8Array); a decoded or unzipped body that is valid UTF-8 stays text, anything else is bytes.
 */

export class EncodingError extends Error {
  override name = 'EncodingError';
}

export function toBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new TextEncoder().encode(bodyText(body));
}

/** Text when the bytes are UTF-8 (what the next steps read), else the bytes themselves. */
export const fromBytes = textOrBytes;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 as Camel's base64 data format writes it (CPI's Encoder): lines of 76, CRLF between. */
export function base64Encode(body: unknown): string {
  const bytes = toBytes(body);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out.replace(/.{76}(?=.)/g, '$&\r\n');
}

/** Base64 (line breaks and other white space ignored; URL-safe letters accepted) to bytes. */
export function base64Decode(body: unknown): string | Uint8Array {
  const text = bodyText(body).replace(/\s+/g, '');
  const bad = /[^A-Za-z0-9+/\-_=]/.exec(text);
  if (bad)
    throw new EncodingError(
      `The message body is not Base64: "${bad[0]}" at position ${bad.index + 1} is not a Base64 character`,
    );
  const data = text.replace(/=+$/, '');
  if (data.includes('=') || data.length % 4 === 1)
    throw new EncodingError('The message body is not Base64: its padding ("=") is misplaced');
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const c of data) {
    const d = c === '-' ? 62 : c === '_' ? 63 : ALPHABET.indexOf(c);
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 255;
    }
  }
  return fromBytes(bytes);
}

/** One entry named after CamelFileName (its last path part) or the exchange id, as Camel's zipFile. */
export function zipCompress(body: unknown, entryName: string): Uint8Array {
  return zipSync({ [entryName]: toBytes(body) });
}

/** The one file of a ZIP archive; CPI raises an error for an archive of several. */
export function zipDecompress(body: unknown, maxBytes: number): string | Uint8Array {
  const bytes = toBytes(body);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new EncodingError('The message body is not a ZIP archive');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > maxBytes)
          throw new EncodingError(
            `"${f.name}" in the ZIP archive is ${f.originalSize} bytes, over the message size limit of ${maxBytes} bytes`,
          );
        return !f.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof EncodingError) throw e;
    throw new EncodingError(
      `The message body is not a readable ZIP archive: ${(e as Error).message}`,
    );
  }
  const names = Object.keys(files);
  if (names.length === 0) throw new EncodingError('The ZIP archive holds no file');
  if (names.length > 1)
    throw new EncodingError(
      `The ZIP archive holds ${names.length} files (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); ZIP Decompression takes an archive of one file`,
    );
  return fromBytes(files[names[0]!]!);
}
