// java.util collections as CPI scripts use them: HashMap / LinkedHashMap / TreeMap (one JavaMap
// with an iteration order), ArrayList, HashSet, Iterator and Map.Entry. A JavaMap can be
// case-insensitive and hand strings out as Java strings: that is how the message's live header
// and property maps are built. A HashMap iterates in java.util.HashMap's order (see hashIndex).
import { callable } from './callable';
import { hide } from './define';
import { hashIndex, javaHashCode } from './javaHash';

export { hashIndex, javaHashCode };
import { exception, jthrow } from './javaLang';
import { jstr, str, VAL, JavaString } from './javaString';

/** What the collections need from the prelude. */
export interface CollectionsEnv {
  describe(v: unknown): string;
  /** Plain JSON-like copy of a value (what leaves the sandbox). */
  toPlain(v: unknown, depth: number): unknown;
  plainArray(a: unknown[], depth: number): unknown[];
}

let ENV: CollectionsEnv | null = null;
function env(): CollectionsEnv {
  if (!ENV) throw new Error('java.util collections: not installed');
  return ENV;
}

export function installCollections(e: CollectionsEnv): void {
  ENV = e;
}

const JsMap = Map;
const isArray = Array.isArray;
const keys = Object.keys;
const JsString = String;
const JsTypeError = TypeError;
const ITERATOR: typeof Symbol.iterator = Symbol.iterator;

/** The key a Java value stands for in a map or set (Java strings by their text). */
export function keyOf(k: unknown): unknown {
  return k instanceof JavaString ? k[VAL] : k;
}

/** Anything with toArray() (a List or Set), an array, or nothing. */
function toJsArray(items: unknown): unknown[] {
  if (isArray(items)) return items;
  const t = items as { toArray?: () => unknown[] } | null | undefined;
  return t && typeof t.toArray === 'function' ? t.toArray() : [];
}

export class JavaIterator {
  _a: unknown[];
  _i = 0;
  constructor(items: unknown[]) {
    this._a = items;
  }
  hasNext(): boolean {
    return this._i < this._a.length;
  }
  next(): unknown {
    if (this._i >= this._a.length) throw jthrow(exception('NoSuchElementException'));
    return this._a[this._i++];
  }
}

/** Iteration as Java collections offer it (for-of, iterator(), forEach, stream()). */
type Collection = { toArray(): unknown[] };
function iterable(proto: object): void {
  hide(proto, ITERATOR, function (this: Collection) {
    return this.toArray()[ITERATOR]();
  });
  hide(proto, 'iterator', function (this: Collection) {
    return new JavaIterator(this.toArray());
  });
  hide(proto, 'forEach', function (this: Collection, fn: (x: unknown) => void) {
    this.toArray().forEach((x) => fn(x));
  });
  hide(proto, 'stream', function (this: Collection) {
    return this.toArray();
  });
}

export class MapEntry {
  _map: JavaMap;
  k: unknown;
  v: unknown;
  constructor(map: JavaMap, k: unknown, v: unknown) {
    this._map = map;
    this.k = k;
    this.v = v;
  }
  getKey(): unknown {
    return this._map._out(this.k);
  }
  getValue(): unknown {
    return this._map._out(this.v);
  }
  setValue(v: unknown): unknown {
    const old = this.v;
    this.v = v;
    return this._map._out(old);
  }
  toString(): string {
    return `${env().describe(this.getKey())}=${env().describe(this.getValue())}`;
  }
}

function tableSizeFor(n: number): number {
  let c = 1;
  while (c < n) c *= 2;
  return c;
}

function byName(a: unknown, b: unknown): number {
  const x = a as string;
  const y = b as string;
  return x < y ? -1 : x > y ? 1 : 0;
}

type Order = 'hash' | 'sorted' | 'ci' | 'linked';

/** A map a Groovy script's JsonSlurper made (shims/groovyMap.ts): its entries in its order. */
interface GroovyEntries {
  __gentries(): [unknown, unknown][];
}

// A Java map's state is hidden (for-in and JSON see what Rhino shows, not our fields).
export class JavaMap {
  declare _m: Map<unknown, MapEntry>;
  declare _ci: boolean;
  declare _wrap: boolean;
  declare _order: Order;
  declare _cap: number;
  constructor(init?: unknown) {
    hide(this, '_m', new JsMap());
    hide(this, '_ci', false);
    hide(this, '_wrap', false);
    hide(this, '_order', 'hash');
    hide(this, '_cap', 16);
    if (init) this._fill(init);
  }
  _norm(k: unknown): unknown {
    const key = keyOf(k);
    return this._ci && typeof key === 'string' ? key.toLowerCase() : key;
  }
  _out(v: unknown): unknown {
    return this._wrap && typeof v === 'string' ? jstr(v) : v;
  }
  /** new HashMap(map) sizes its table for the map, as Java does. */
  _fill(src: unknown): void {
    const n =
      src instanceof JavaMap ? src.size() : src && typeof src === 'object' ? keys(src).length : 0;
    if (n > 0 && this._m.size === 0)
      this._cap = Math.max(1, tableSizeFor(Math.floor(n / 0.75 + 1)));
    this.putAll(src);
  }
  _entries(): MapEntry[] {
    let list: MapEntry[] = [];
    this._m.forEach((e) => list.push(e));
    const order = this._order;
    const cap = this._cap;
    if (order === 'sorted') list.sort((a, b) => byName(a.k, b.k));
    else if (order === 'ci')
      list.sort((a, b) => byName(JsString(a.k).toLowerCase(), JsString(b.k).toLowerCase()));
    else if (order === 'hash') {
      const idx = list.map((e, i) => ({ e, i, b: hashIndex(e.k, cap) }));
      idx.sort((x, y) => x.b - y.b || x.i - y.i);
      list = idx.map((x) => x.e);
    }
    return list;
  }
  toJSON(): unknown {
    return this.__plain(0);
  }
  get(k: unknown): unknown {
    const e = this._m.get(this._norm(k));
    return e ? this._out(e.v) : null;
  }
  getOrDefault(k: unknown, d: unknown): unknown {
    return this.containsKey(k) ? this.get(k) : d;
  }
  put(k: unknown, v: unknown): unknown {
    const n = this._norm(k);
    const e = this._m.get(n);
    if (e) {
      const old = e.v;
      e.v = v;
      return this._out(old);
    }
    this._m.set(n, new MapEntry(this, keyOf(k), v));
    if (this._m.size > this._cap * 0.75) this._cap *= 2;
    return null;
  }
  putIfAbsent(k: unknown, v: unknown): unknown {
    return this.containsKey(k) ? this.get(k) : this.put(k, v);
  }
  putAll(src: unknown): void {
    if (src instanceof JavaMap) src._entries().forEach((e) => this.put(e.k, e.v));
    // A Groovy script's JsonSlurper map (src/core/script/shims/groovyMap.ts), in its order.
    else if (src && typeof (src as Partial<GroovyEntries>).__gentries === 'function')
      (src as GroovyEntries).__gentries().forEach((e) => this.put(e[0], e[1]));
    else if (src && typeof src === 'object') {
      const record = src as Record<string, unknown>;
      keys(record).forEach((k) => this.put(k, record[k]));
    }
  }
  remove(k: unknown): unknown {
    const n = this._norm(k);
    const e = this._m.get(n);
    if (!e) return null;
    this._m.delete(n);
    return this._out(e.v);
  }
  containsKey(k: unknown): boolean {
    return this._m.has(this._norm(k));
  }
  containsValue(v: unknown): boolean {
    const x = keyOf(v);
    return this._entries().some((e) => keyOf(e.v) === x);
  }
  size(): number {
    return this._m.size;
  }
  isEmpty(): boolean {
    return this._m.size === 0;
  }
  clear(): void {
    this._m.clear();
  }
  keySet(): JavaSet {
    return listToSet(this._entries().map((e) => this._out(e.k)));
  }
  values(): JavaList {
    return new JavaList(this._entries().map((e) => this._out(e.v)));
  }
  entrySet(): JavaSet {
    return listToSet(this._entries());
  }
  forEach(fn: (k: unknown, v: unknown) => void): void {
    this._entries().forEach((e) => fn(this._out(e.k), this._out(e.v)));
  }
  toString(): string {
    return `{${this._entries()
      .map((e) => e.toString())
      .join(', ')}}`;
  }
  getClass(): typeof JavaMap {
    return JavaMap;
  }
  __plain(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this._entries().forEach((e) => {
      const x = env().toPlain(e.v, depth + 1);
      if (x !== undefined) out[str(e.k)] = x;
    });
    return out;
  }
}

export interface MapOptions {
  /** Camel's header map: keys ignore case, iterated sorted by name ignoring case. */
  caseInsensitive?: boolean;
  /** Hand strings out as Java strings. */
  wrapStrings?: boolean;
  /** TreeMap: sorted by key. */
  sorted?: boolean;
  /** LinkedHashMap: insertion order. */
  linked?: boolean;
}

export function makeMap(options: MapOptions, init?: unknown): JavaMap {
  const m = new JavaMap();
  m._ci = !!options.caseInsensitive;
  m._wrap = !!options.wrapStrings;
  m._order = options.sorted ? 'sorted' : m._ci ? 'ci' : options.linked ? 'linked' : 'hash';
  if (init) m._fill(init);
  return m;
}

function checkIndex(list: JavaListClass, i: unknown, max: number): void {
  const n = i as number;
  if (!(n >= 0 && n <= max)) {
    throw jthrow(
      exception('IndexOutOfBoundsException'),
      `Index ${JsString(i)} out of bounds for length ${list._a.length}`,
    );
  }
}

class JavaListClass {
  _a: unknown[];
  constructor(items?: unknown) {
    this._a = isArray(items)
      ? items.slice()
      : items instanceof JavaList || items instanceof JavaSet
        ? items.toArray()
        : [];
  }
  add(...args: unknown[]): boolean | undefined {
    const [a, b] = args;
    if (args.length > 1) {
      checkIndex(this, a, this._a.length);
      this._a.splice(a as number, 0, b);
      return undefined;
    }
    this._a.push(a);
    return true;
  }
  addAll(items: unknown): boolean {
    toJsArray(items).forEach((x) => this._a.push(x));
    return true;
  }
  get(i: number): unknown {
    checkIndex(this, i, this._a.length - 1);
    return this._a[i];
  }
  set(i: number, v: unknown): unknown {
    checkIndex(this, i, this._a.length - 1);
    const old = this._a[i];
    this._a[i] = v;
    return old;
  }
  remove(x: unknown): unknown {
    if (typeof x === 'number') {
      checkIndex(this, x, this._a.length - 1);
      return this._a.splice(x, 1)[0];
    }
    const i = this.indexOf(x);
    if (i < 0) return false;
    this._a.splice(i, 1);
    return true;
  }
  indexOf(x: unknown): number {
    const k = keyOf(x);
    for (let i = 0; i < this._a.length; i++) if (keyOf(this._a[i]) === k) return i;
    return -1;
  }
  contains(x: unknown): boolean {
    return this.indexOf(x) >= 0;
  }
  size(): number {
    return this._a.length;
  }
  isEmpty(): boolean {
    return this._a.length === 0;
  }
  clear(): void {
    this._a.length = 0;
  }
  toArray(): unknown[] {
    return this._a.slice();
  }
  subList(a: number, b: number): JavaList {
    return new JavaList(this._a.slice(a, b));
  }
  sort(cmp?: unknown): void {
    const c = cmp as
      ((x: unknown, y: unknown) => number) | { compare(x: unknown, y: unknown): number };
    this._a.sort(cmp ? (x, y) => (typeof c === 'function' ? c(x, y) : c.compare(x, y)) : undefined);
  }
  toString(): string {
    return `[${this._a.map((x) => env().describe(x)).join(', ')}]`;
  }
  getClass(): typeof JavaList {
    return JavaList;
  }
  toJSON(): unknown {
    return env().plainArray(this._a, 0);
  }
}
iterable(JavaListClass.prototype);

/** java.util.ArrayList / LinkedList (also callable without `new`). */
export const JavaList = callable(JavaListClass);
export type JavaList = JavaListClass;

class JavaSetClass {
  _m: Map<unknown, unknown>;
  constructor(items?: unknown) {
    this._m = new JsMap();
    if (items) this.addAll(items);
  }
  add(x: unknown): boolean {
    const k = keyOf(x);
    if (this._m.has(k)) return false;
    this._m.set(k, x);
    return true;
  }
  addAll(items: unknown): boolean {
    toJsArray(items).forEach((x) => this.add(x));
    return true;
  }
  contains(x: unknown): boolean {
    return this._m.has(keyOf(x));
  }
  remove(x: unknown): boolean {
    return this._m.delete(keyOf(x));
  }
  size(): number {
    return this._m.size;
  }
  isEmpty(): boolean {
    return this._m.size === 0;
  }
  clear(): void {
    this._m.clear();
  }
  toArray(): unknown[] {
    const a: unknown[] = [];
    this._m.forEach((v) => a.push(v));
    return a;
  }
  toString(): string {
    return `[${this.toArray()
      .map((x) => env().describe(x))
      .join(', ')}]`;
  }
  getClass(): typeof JavaSet {
    return JavaSet;
  }
  toJSON(): unknown {
    return env().plainArray(this.toArray(), 0);
  }
}
iterable(JavaSetClass.prototype);

/** java.util.HashSet / LinkedHashSet (also callable without `new`). */
export const JavaSet = callable(JavaSetClass);
export type JavaSet = JavaSetClass;

export function listToSet(items: unknown[]): JavaSet {
  const s = new JavaSet();
  items.forEach((x) => s.add(x));
  return s;
}

/** java.util.HashMap, LinkedHashMap and TreeMap: `new HashMap(init)` makes a map of that kind. */
function mapClass(options: MapOptions): new (init?: unknown) => JavaMap {
  const C = function (init?: unknown): JavaMap {
    return makeMap(options, init);
  };
  C.prototype = JavaMap.prototype;
  return C as unknown as new (init?: unknown) => JavaMap;
}
export const HashMap = mapClass({});
export const LinkedHashMap = mapClass({ linked: true });
export const TreeMap = mapClass({ sorted: true });

/** java.util.TreeSet: a set of the items in their natural order (a JavaSet underneath). */
export const TreeSet = (() => {
  const C = function (items?: unknown): JavaSet {
    return listToSet(new JavaSet(items).toArray().sort());
  };
  C.prototype = JavaSet.prototype;
  return C as unknown as new (items?: unknown) => JavaSet;
})();

/**
 * A Java interface (java.util.Map, List, Set) as a class object of its own, so that
 * importClass(java.util.Map) imports "Map"; `instanceof` works through the implementation's
 * prototype, and `new` names the class to use instead, as Java's compiler would refuse it.
 */
export function javaInterface(
  name: string,
  impl: { prototype: object },
  implName: () => string | null,
): new () => never {
  const I = function (): never {
    throw new JsTypeError(
      `Cannot instantiate the interface ${name}; use an implementation such as ${implName()}`,
    );
  };
  I.prototype = impl.prototype;
  return I as unknown as new () => never;
}
