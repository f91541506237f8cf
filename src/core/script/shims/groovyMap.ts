/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy values are dynamically typed (see groovy.ts). */
/**
 * A light java.util.HashMap for JsonSlurper's results: a JavaScript Map of keys to values that
 * iterates in Java's HashMap order (bucket of the key's hashCode in a table that doubles at 0.75
 * load, insertion order within a bucket), as the prelude's JavaMap does, without its per-entry
 * objects. Parsing and writing JSON are dominated by map building; this keeps them cheap.
 */
function javaHashCode(k: unknown): number {
  if (typeof k === 'string') {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
    return h;
  }
  if (typeof k === 'number' && (k | 0) === k) return k;
  if (typeof k === 'boolean') return k ? 1231 : 1237;
  return 0;
}

export class GroovyHashMap {
  private readonly m = new Map<any, any>();
  private cap = 16;
  private order: any[] | null = null;
  constructor(private readonly keyOf: (k: any) => any) {}

  /** Keys in HashMap iteration order (cached until a key is added or removed). */
  keys(): any[] {
    if (!this.order) {
      const cap = this.cap;
      const list = [...this.m.keys()].map((k, i) => {
        const h = javaHashCode(k);
        return { k, i, b: (h ^ (h >>> 16)) & (cap - 1) };
      });
      list.sort((x, y) => x.b - y.b || x.i - y.i);
      this.order = list.map((x) => x.k);
    }
    return this.order;
  }
  get(k: any): any {
    const v = this.m.get(this.keyOf(k));
    return v === undefined ? null : v;
  }
  put(k: any, v: any): any {
    const key = this.keyOf(k);
    const had = this.m.has(key);
    const old = had ? this.m.get(key) : null;
    this.m.set(key, v === undefined ? null : v);
    if (!had) {
      this.order = null;
      if (this.m.size > this.cap * 0.75) this.cap *= 2;
    }
    return old;
  }
  remove(k: any): any {
    const key = this.keyOf(k);
    if (!this.m.has(key)) return null;
    const old = this.m.get(key);
    this.m.delete(key);
    this.order = null;
    return old;
  }
  containsKey(k: any): boolean {
    return this.m.has(this.keyOf(k));
  }
  containsValue(v: any): boolean {
    for (const x of this.m.values()) if (x === v) return true;
    return false;
  }
  size(): number {
    return this.m.size;
  }
  isEmpty(): boolean {
    return this.m.size === 0;
  }
  clear(): void {
    this.m.clear();
    this.order = null;
  }
  putAll(src: any): void {
    if (src && typeof src.forEach === 'function' && typeof src.size === 'function')
      src.forEach((k: any, v: any) => this.put(k, v));
  }
  forEach(fn: (k: any, v: any) => void): void {
    for (const k of this.keys()) fn(k, this.m.get(k));
  }
  /** [key, value] pairs in iteration order (the prelude's maps take these in putAll). */
  __gentries(): [any, any][] {
    return this.keys().map((k) => [k, this.m.get(k)]);
  }
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of this.keys()) out[String(k)] = this.m.get(k);
    return out;
  }
}
