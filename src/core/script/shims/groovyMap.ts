/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy values are dynamically typed (see groovy.ts). */
/**
 * The maps of groovy.json's slurpers, lighter than the prelude's Java maps (no per-entry objects):
 *
 * - JsonMap: what JsonSlurper gives, Groovy 2.4's LazyMap, which holds a TreeMap of String keys:
 *   it iterates in key order (String.compareTo, the order of JavaScript's default sort) and
 *   refuses keys that are not strings as the TreeMap does. A JsonMap made from parsed JSON keeps
 *   its nested objects and arrays as JSON.parse made them ("raw") until they are read, so JSON
 *   that is parsed, changed in a few places and written back never converts what it does not
 *   touch (JsonOutput writes raw values directly, see sortedPlain).
 * - JsonHashMap: what JsonSlurperClassic gives, a java.util.HashMap: it iterates in HashMap order
 *   (bucket of the key's hashCode in a table that doubles at 0.75 load, insertion order within a
 *   bucket).
 */
import { javaHashCode } from './javaHash';

/** What the maps need from the Groovy runtime: its Java errors, type names and key values. */
export interface MapEnv {
  npe(): Error;
  classCast(message: string): Error;
  typeName(v: unknown): string;
  /** A key as Groovy compares it: Java strings and GStrings as strings, other values as they are. */
  key(k: unknown): unknown;
}
let env: MapEnv;
export function initJsonMaps(e: MapEnv): void {
  env = e;
}

function castError(from: string, to: string): Error {
  return env.classCast(
    `class ${from} cannot be cast to class ${to} (${from} and ${to} are in module java.base of loader 'bootstrap')`,
  );
}

/** Array-index keys, which a JavaScript object lists first whatever their insertion order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
/** Whether sorted keys hold an array index (they come first, after keys below "0"). */
export function hasIndexKey(sorted: readonly string[]): boolean {
  for (let i = 0; i < sorted.length; i++) {
    const c = (sorted[i] as string).charCodeAt(0);
    if (c > 57) return false;
    if (c >= 48 && INDEX_KEY.test(sorted[i] as string)) return true;
  }
  return false;
}
export function isIndexKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX_KEY.test(k);
}

/**
 * A raw JSON value (JSON.parse's, of text with integers only) as a plain value JSON.stringify
 * writes as JsonOutput writes the JsonSlurper value: objects copied in key order. Null when an
 * object has an index-like key (a plain object cannot keep its place).
 */
export function sortedPlain(v: any): any {
  if (Array.isArray(v)) {
    let copy: any[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x !== null && typeof x === 'object') {
        const p = sortedPlain(x);
        if (p === null) return null;
        copy ??= v.slice();
        copy[i] = p;
      }
    }
    return copy ?? v;
  }
  const keys = Object.keys(v).sort();
  if (hasIndexKey(keys)) return null;
  const o = Object.create(null);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const x = v[k];
    if (x !== null && typeof x === 'object') {
      const p = sortedPlain(x);
      if (p === null) return null;
      o[k] = p;
    } else o[k] = x;
  }
  return o;
}

/** A raw JSON value as Groovy code sees it: objects become JsonMaps, arrays lists (in place). */
function slurped(v: any): any {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x !== null && typeof x === 'object') v[i] = slurped(x);
    }
    return v;
  }
  return JsonMap.ofJson(v);
}

export class JsonMap {
  /** The entries: a prototype-less object, keys to values (raw ones unless `done` has the key). */
  readonly own: Record<string, any>;
  /** Whether object values of keys not in `done` are raw (a map made by ofJson). */
  private readonly lazy: boolean;
  private done: Set<string> | null = null;
  private count: number;
  private order: string[] | null = null;

  private constructor(own: Record<string, any>, count: number, lazy: boolean) {
    this.own = own;
    this.count = count;
    this.lazy = lazy;
  }

  static empty(): JsonMap {
    return new JsonMap(Object.create(null), 0, false);
  }

  /** The map of an object JSON.parse made (it becomes the map's own storage). */
  static ofJson(o: Record<string, unknown>): JsonMap {
    Object.setPrototypeOf(o, null);
    return new JsonMap(o, Object.keys(o).length, true);
  }

  /** The map of an object JSON.parse made whose values are already Groovy's (its storage). */
  static ofParsed(o: Record<string, unknown>): JsonMap {
    Object.setPrototypeOf(o, null);
    return new JsonMap(o, Object.keys(o).length, false);
  }

  /** Whether the value of a key present in the map is still raw. */
  isRaw(k: string, v: any): boolean {
    return this.lazy && v !== null && typeof v === 'object' && !this.done?.has(k);
  }

  /** A key as the TreeMap looks it up; null when no key of a map of String keys can equal it. */
  private lookupKey(k: any): string | null {
    if (typeof k !== 'string') k = env.key(k);
    if (typeof k === 'string') return k;
    if (k === null || k === undefined) throw env.npe();
    if (this.count > 0) throw castError('java.lang.String', env.typeName(k));
    return null;
  }
  /** A key as the map stores it: LazyMap takes String keys only. */
  private putKey(k: any): string {
    if (typeof k !== 'string') k = env.key(k);
    if (typeof k === 'string') return k;
    if (k === null || k === undefined) throw env.npe();
    throw castError(env.typeName(k), 'java.lang.String');
  }

  private value(k: string): any {
    const v = this.own[k];
    if (v === undefined || !this.isRaw(k, v)) return v;
    (this.done ??= new Set()).add(k);
    return (this.own[k] = slurped(v));
  }

  private convertAll(): void {
    if (!this.lazy) return;
    for (const k of this.keys()) this.value(k);
  }

  /** Keys in key order (cached until a key is added or removed). */
  keys(): readonly string[] {
    return (this.order ??= Object.keys(this.own).sort());
  }
  get(k: any): any {
    const key = this.lookupKey(k);
    const v = key === null ? undefined : this.value(key);
    return v === undefined ? null : v;
  }
  put(k: any, v: any): any {
    const key = this.putKey(k);
    const old = this.value(key);
    this.__gset(key, v);
    return old === undefined ? null : old;
  }
  /** put() without its result: `map[k] = v` (an old raw value is dropped, never converted). */
  __gset(k: any, v: any): void {
    const key = this.putKey(k);
    const had = this.own[key] !== undefined;
    this.own[key] = v === undefined ? null : v;
    if (this.lazy) (this.done ??= new Set()).add(key);
    if (!had) {
      this.count++;
      this.order = null;
    }
  }
  remove(k: any): any {
    const key = this.lookupKey(k);
    if (key === null) return null;
    const old = this.value(key);
    if (old === undefined) return null;
    delete this.own[key];
    this.done?.delete(key);
    this.count--;
    this.order = null;
    return old;
  }
  containsKey(k: any): boolean {
    const key = this.lookupKey(k);
    return key !== null && this.own[key] !== undefined;
  }
  containsValue(v: any): boolean {
    // Raw values are never the same object as one a script holds.
    for (const k of this.keys()) if (this.own[k] === v) return true;
    return false;
  }
  size(): number {
    return this.count;
  }
  isEmpty(): boolean {
    return this.count === 0;
  }
  clear(): void {
    for (const k of this.keys()) delete this.own[k];
    this.done = null;
    this.count = 0;
    this.order = null;
  }
  putAll(src: any): void {
    if (src && typeof src.forEach === 'function' && typeof src.size === 'function')
      src.forEach((k: any, v: any) => this.put(k, v));
  }
  forEach(fn: (k: any, v: any) => void): void {
    this.convertAll();
    for (const k of this.keys()) fn(k, this.own[k]);
  }
  /** [key, value] pairs in iteration order (the prelude's maps take these in putAll). */
  __gentries(): [any, any][] {
    this.convertAll();
    return this.keys().map((k) => [k, this.own[k]]);
  }
  toJSON(): Record<string, unknown> {
    this.convertAll();
    const out: Record<string, unknown> = {};
    for (const k of this.keys()) out[k] = this.own[k];
    return out;
  }
}

/**
 * Items in the order a java.util.HashMap filled with them (in this order) iterates: by bucket of
 * their hash in a table of 16 that doubles above 0.75 load, in insertion order within a bucket.
 */
export function hashMapOrder<T>(items: readonly T[], hashOf: (t: T) => number): T[] {
  let cap = 16;
  while (items.length > cap * 0.75) cap *= 2;
  return items
    .map((t, i) => {
      const h = hashOf(t);
      return { t, i, b: (h ^ (h >>> 16)) & (cap - 1) };
    })
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((x) => x.t);
}

export class JsonHashMap {
  private readonly m = new Map<any, any>();
  private cap = 16;
  private order: any[] | null = null;
  constructor(private readonly keyOf: (k: any) => any) {}

  /** Keys in HashMap iteration order (cached until a key is added or removed). */
  keys(): readonly any[] {
    if (!this.order) {
      // Buckets hold one key, or an array of keys in insertion order; flat() joins them in
      // bucket order (skipping the empty ones) without sorting.
      const mask = this.cap - 1;
      const buckets: any[] = new Array(this.cap);
      for (const k of this.m.keys()) {
        const h = javaHashCode(k);
        const b = (h ^ (h >>> 16)) & mask;
        const slot = buckets[b];
        if (slot === undefined) buckets[b] = Array.isArray(k) ? [k] : k;
        else if (Array.isArray(slot)) slot.push(k);
        else buckets[b] = [slot, k];
      }
      this.order = buckets.flat();
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
