// Base64 as java.util.Base64 and javax.xml.bind.DatatypeConverter write it: the basic alphabet
// with padding, or the URL-safe one ("-" and "_"). Decoding ignores characters outside the
// alphabet (line breaks of MIME text) and accepts both alphabets.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(bytes: ArrayLike<number>, url?: boolean): string {
  let out = '';
  let i;
  for (i = 0; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i]! & 255) << 16) | ((bytes[i + 1]! & 255) << 8) | (bytes[i + 2]! & 255);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest) {
    const m = ((bytes[i]! & 255) << 16) | (rest > 1 ? (bytes[i + 1]! & 255) << 8 : 0);
    out += B64[m >> 18]! + B64[(m >> 12) & 63]! + (rest > 1 ? B64[(m >> 6) & 63]! : '=') + '=';
  }
  return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out;
}

export function base64Decode(text: string): Int8Array {
  const s = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    buf = (buf << 6) | B64.indexOf(s[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 255);
    }
  }
  return new Int8Array(out);
}
