import type { Flow } from '../model/flow';

/** JSON with object keys sorted at every level, so equal content gives an equal string. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/**
 * Stable 64-bit content hash (two 32-bit FNV-1a-style lanes) of the canonical JSON. Synchronous
 * on purpose: the editor header recomputes "modified since deployment" on every edit. Not a
 * security hash; it only detects change.
 */
export function contentHash(flow: Flow): string {
  const text = canonicalJson(flow);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
