// java.net.URLEncoder / URLDecoder (application/x-www-form-urlencoded, as Java: space is "+",
// letters, digits and . - * _ stay, every other byte is %XX in upper case).
import type { ClassTable, ShimEnv } from './env';

const SAFE = /^[A-Za-z0-9.\-*_]$/;

function checkCharset(env: ShimEnv, charset: unknown): void {
  if (charset === undefined || charset === null) return;
  const name = env.str(charset).toUpperCase();
  if (name !== 'UTF-8' && name !== 'UTF8') {
    const E = env.exceptions.UnsupportedEncodingException;
    if (E) throw env.jthrow(E, env.str(charset));
  }
}

export function urlEncode(env: ShimEnv, text: string): string {
  let out = '';
  for (const ch of text) {
    if (SAFE.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else
      for (const b of env.utf8Encode(ch))
        out += `%${(b & 255).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function urlDecode(env: ShimEnv, text: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = (): void => {
    if (bytes.length) out += env.utf8Decode(bytes.splice(0));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        const E = env.exceptions.IllegalArgumentException;
        const message = `URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "${hex}"`;
        throw E ? env.jthrow(E, message) : new Error(message);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    flush();
    out += c === '+' ? ' ' : c;
  }
  flush();
  return out;
}

export function installUrlCodec(env: ShimEnv): ClassTable {
  if (!env.exceptions.UnsupportedEncodingException) {
    env.defineException('java.io.UnsupportedEncodingException', env.exceptions.IOException);
  }
  const URLEncoder = {
    encode(text: unknown, charset?: unknown) {
      checkCharset(env, charset);
      return env.jstr(urlEncode(env, env.str(text)));
    },
  };
  const URLDecoder = {
    decode(text: unknown, charset?: unknown) {
      checkCharset(env, charset);
      return env.jstr(urlDecode(env, env.str(text)));
    },
  };
  return { 'java.net.URLEncoder': URLEncoder, 'java.net.URLDecoder': URLDecoder };
}
