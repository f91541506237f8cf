/**
 * Crypto helpers over Web Crypto (`globalThis.crypto`, present in browsers and Node 20), so the
 * same code runs in the app, in a Service Worker and in Vitest.
 */

/** Injected randomness: n random bytes, or a ready-made string (deterministic tests). */
export type RandomSource = (bytes: number) => Uint8Array | string;

/**
 * Random bytes from the platform's CSPRNG, drawn 4 KB at a time: a served flow needs a few
 * random ids per request, and one getRandomValues call per id cost more than the ids.
 */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let used = 0;

export const defaultRandom: RandomSource = (bytes) => {
  if (bytes > POOL_BYTES) return globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  if (used + bytes > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    used = 0;
  }
  const out = pool.slice(used, used + bytes);
  // Handed-out bytes are wiped from the pool so they exist only in their one copy.
  pool.fill(0, used, used + bytes);
  used += bytes;
  return out;
};

const encoder = new TextEncoder();

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** A random URL-safe string made from `bytes` random bytes. */
export function randomString(random: RandomSource, bytes: number): string {
  const r = random(bytes);
  return typeof r === 'string' ? r : toBase64Url(r);
}

function randomBytes(random: RandomSource, bytes: number): Uint8Array {
  const r = random(bytes);
  return typeof r === 'string' ? encoder.encode(r) : r;
}

/** SHA-256 hex digest; tokens are stored under the digest so the storage never holds them. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}

/** A salted password hash as stored: never the secret itself. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  hash: string;
}

async function pbkdf2(secret: string, salt: string, iterations: number): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations },
    key,
    256,
  );
  return toBase64Url(new Uint8Array(bits));
}

export async function hashSecret(
  secret: string,
  random: RandomSource,
  iterations: number,
): Promise<PasswordHash> {
  const salt = toBase64Url(randomBytes(random, 16));
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt,
    hash: await pbkdf2(secret, salt, iterations),
  };
}

export async function verifySecret(secret: string, stored: PasswordHash): Promise<boolean> {
  const hash = await pbkdf2(secret, stored.salt, stored.iterations);
  return constantTimeEqual(hash, stored.hash);
}

/** Compares without an early exit, so timing does not reveal how much of a secret matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
