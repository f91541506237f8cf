// Java's hashCode of map keys and java.util.HashMap's bucket of a key: the iteration order of
// HashMap (collections.ts) and of Groovy's JsonSlurperClassic maps (groovyMap.ts) follow them.

/** `k.hashCode()` as Java computes it for strings, ints and booleans (0 for anything else). */
export function javaHashCode(k: unknown): number {
  if (typeof k === 'string') {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
    return h;
  }
  if (typeof k === 'number' && (k | 0) === k) return k;
  if (typeof k === 'boolean') return k ? 1231 : 1237;
  return 0;
}

/** Bucket of a key in a java.util.HashMap table of `cap` slots (hash spread as in Java 8+). */
export function hashIndex(k: unknown, cap: number): number {
  const h = javaHashCode(k);
  return (h ^ (h >>> 16)) & (cap - 1);
}
