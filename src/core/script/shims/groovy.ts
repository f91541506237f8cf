/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy is dynamically typed: this runtime takes and returns values of every type, exactly as Groovy's own MetaClass dispatch does. */
/**
 * The Groovy runtime (GDK) the translated scripts call as `$g` (see src/core/groovy/translate.ts):
 * dynamic property and method dispatch over the Java shims, Groovy's ==, truthiness, arithmetic
 * (BigDecimal literals), GStrings, ranges, closures, the GDK methods on strings, lists, maps and
 * numbers, and groovy.json / groovy.xml. Values: Groovy strings are JavaScript strings, lists are
 * arrays, maps are the prelude's LinkedHashMap (a JavaMap), closures are functions.
 */
import { base64Encode } from './base64';
import { BigDecimal, BigInteger } from './bigDecimal';
import { initJsonMaps, JsonHashMap, JsonMap } from './groovyMap';
import type { ShimEnv } from './env';
import { installGroovyJson } from './groovyJson';
import { currentDelegate, installGroovyXml } from './groovyXml';

/** What the Groovy runtime needs from the prelude beyond the shims' environment. */
export interface GroovyEnv extends ShimEnv {
  /** A new java.util.LinkedHashMap (Groovy's map literal). */
  newMap(): any;
  /** A new java.util.HashMap (its iteration order: what JsonSlurper's maps show). */
  newHashMap(): any;
  isMap(v: unknown): boolean;
  isJavaList(v: unknown): boolean;
  isJavaSet(v: unknown): boolean;
  isJavaString(v: unknown): boolean;
  /** The Java class for a qualified name, when the sandbox provides it. */
  classFor(qualified: string): any;
  /** java.lang.String as the Message API knows it (getBody(String)). */
  JavaString: any;
  describe(v: unknown): string;
  /** A java.util.Date (the prelude's). */
  newDate(v?: unknown): any;
  SimpleDateFormat: any;
  /** The sandbox console (println). */
  log(text: string): void;
}

let env: GroovyEnv;

/** Any map a Groovy script holds: the prelude's Java maps and the JSON slurpers' maps. */
function isMap(v: unknown): boolean {
  return v instanceof JsonMap || v instanceof JsonHashMap || env.isMap(v);
}

// ---- errors

function exc(simple: string, message: string): Error {
  const E = env.exceptions[simple];
  return E ? new E(message) : groovyExc(`java.lang.${simple}`, message);
}
function groovyExc(qualified: string, message: string): Error {
  const simple = qualified.slice(qualified.lastIndexOf('.') + 1);
  const E =
    env.exceptions[simple] ??
    env.defineException(qualified, env.exceptions.RuntimeException as any);
  return new E(message);
}
function npe(what: string): Error {
  return exc('NullPointerException', what);
}

// ---- values

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'number') {
    // Whole numbers past int's range are Longs in Groovy (literals, JsonSlurper, arithmetic).
    if (Number.isInteger(v)) return (v | 0) === v ? 'java.lang.Integer' : 'java.lang.Long';
    return 'java.lang.Double';
  }
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (Array.isArray(v)) return 'java.util.ArrayList';
  if (isMap(v)) return 'java.util.LinkedHashMap';
  if (v instanceof BigDecimal) return 'java.math.BigDecimal';
  if (typeof v === 'function') return 'groovy.lang.Closure';
  const name = (v as any).constructor?.name;
  return typeof name === 'string' && name ? name : 'java.lang.Object';
}

/** A value as Groovy code sees it: Java strings from the Message API become strings. */
function norm(v: any): any {
  if (v === undefined) return null;
  if (v !== null && typeof v === 'object') {
    if (env.isJavaString(v)) return env.str(v);
    if (env.isJavaList(v)) return v.toArray();
  }
  return v;
}

function isNumber(v: unknown): boolean {
  return typeof v === 'number' || v instanceof BigDecimal || v instanceof BigInteger;
}

function isList(v: unknown): v is any[] {
  return Array.isArray(v);
}

/** Groovy's toString of any value (GString interpolation, println, join). */
function text(v: any): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numText(v);
  v = norm(v);
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numText(v);
  if (typeof v === 'boolean') return String(v);
  if (isList(v)) return `[${v.map(inner).join(', ')}]`;
  if (isMap(v)) {
    const parts: string[] = [];
    for (const [k, x] of entries(v)) parts.push(`${inner(k)}:${inner(x)}`);
    return parts.length ? `[${parts.join(', ')}]` : '[:]';
  }
  if (v instanceof Range) return text(v.toList());
  if (typeof v === 'function') return 'Closure';
  return env.str(v.toString());
}
/** Java's toString of a value: maps as {k=v, …}, lists as [a, b]. */
function javaText(v: any): string {
  v = norm(v);
  if (isList(v)) return `[${v.map(javaText).join(', ')}]`;
  if (isMap(v))
    return `{${entries(v)
      .map(([k, x]) => `${javaText(k)}=${javaText(x)}`)
      .join(', ')}}`;
  return text(v);
}
function inner(v: any): string {
  return text(v);
}
/** An Integer or Long as its digits; any other number as Java's Double.toString writes it. */
function numText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a >= 1e-3 && a < 1e7) return String(n);
  // Scientific: the shortest digits that name the double, as d.ddd…E±x.
  const [m = '', e = ''] = n.toExponential().split('e');
  return `${m.includes('.') ? m : `${m}.0`}E${e.startsWith('+') ? e.slice(1) : e}`;
}

/** Groovy truth. */
function truth(v: any): boolean {
  if (typeof v === 'boolean') return v;
  v = norm(v);
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'function':
      return true;
  }
  if (isList(v)) return v.length > 0;
  if (isMap(v)) return v.size() > 0;
  if (v instanceof BigDecimal || v instanceof BigInteger) return v.signum() !== 0;
  if (v instanceof Matcher) return v.find();
  if (typeof v.asBoolean === 'function') return !!v.asBoolean();
  if (typeof v.size === 'function') return v.size() > 0;
  return true;
}

function entries(m: any): [any, any][] {
  if (isMap(m)) {
    const out: [any, any][] = [];
    m.forEach((k: any, v: any) => out.push([norm(k), norm(v)]));
    return out;
  }
  return Object.keys(m).map((k) => [k, m[k]]);
}

/** Iterable values of a Groovy collection-like value. */
function items(v: any): any[] {
  v = norm(v);
  if (v === null) return [];
  if (isList(v)) return v;
  if (typeof v === 'string') return [...v];
  if (isMap(v)) return entries(v).map(([k, x]) => new Entry(k, x));
  if (v instanceof Range) return v.toList();
  if (env.isJavaSet(v)) return v.toArray().map(norm);
  if (typeof v.toList === 'function') return norm(v.toList());
  if (typeof v.toArray === 'function') return Array.from(v.toArray() as any[], norm);
  if (typeof v[Symbol.iterator] === 'function') return Array.from(v as Iterable<any>, norm);
  return [v];
}

class Entry {
  constructor(
    public key: any,
    public value: any,
  ) {}
  getKey(): any {
    return this.key;
  }
  getValue(): any {
    return this.value;
  }
  toString(): string {
    return `${text(this.key)}=${text(this.value)}`;
  }
}

// ---- numbers

function toDecimal(v: any): any {
  if (v instanceof BigDecimal) return v;
  if (v instanceof BigInteger) return new BigDecimal(env.str(v.toString()));
  if (typeof v === 'number' && Number.isInteger(v)) return new BigDecimal(String(v));
  return BigDecimal.valueOf(Number(v));
}

function arith(
  op: 'add' | 'subtract' | 'multiply',
  a: any,
  b: any,
  js: (x: number, y: number) => number,
): any {
  if (a instanceof BigDecimal || b instanceof BigDecimal) {
    if (!Number.isInteger(a) && typeof a === 'number') return js(a, Number(b));
    if (!Number.isInteger(b) && typeof b === 'number') return js(Number(a), b);
    return (toDecimal(a) as any)[op](toDecimal(b));
  }
  return js(Number(a), Number(b));
}

function plus(a: any, b: any): any {
  // The common cases first: "text" + anything, number + number.
  if (typeof a === 'string') return a + (typeof b === 'string' ? b : text(b));
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  a = norm(a);
  b = norm(b);
  if (typeof a === 'string') return a + text(b);
  if (a === null) {
    // As Groovy 2.4: null + a String is "null…" (NullObject.plus(String)); anything else fails.
    if (typeof b === 'string') return 'null' + b;
    throw npe(`Cannot execute null+${b === null ? 'null' : text(b)}`);
  }
  if (isList(a)) return isList(b) || b instanceof Range ? [...a, ...items(b)] : [...a, b];
  if (isMap(a)) {
    const m = env.newMap();
    for (const [k, v] of entries(a)) m.put(k, v);
    for (const [k, v] of entries(b)) m.put(k, v);
    return m;
  }
  if (isNumber(a) && isNumber(b)) return arith('add', a, b, (x, y) => x + y);
  if (typeof b === 'string' && isNumber(a)) return text(a) + b;
  if (a instanceof Date && typeof b === 'number') return env.newDate(a.getTime() + b * 86400000);
  if (typeof a.plus === 'function') return a.plus(b);
  // Booleans have no plus (true + '/' fails in Groovy), nor do objects without one.
  if (typeof a === 'boolean') throw missingMethod(a, 'plus', [b]);
  return text(a) + text(b);
}
function minus(a: any, b: any): any {
  a = norm(a);
  b = norm(b);
  if (a === null) throw npe('Cannot invoke method minus() on null object');
  if (typeof a === 'string') {
    const s = b instanceof RegExp ? b : text(b);
    return a.replace(s, '');
  }
  if (isList(a)) {
    const drop = isList(b) ? b : [b];
    return a.filter((x) => !drop.some((y) => eq(x, y)));
  }
  if (isMap(a)) {
    const m = env.newMap();
    for (const [k, v] of entries(a)) if (!(isMap(b) && eq(b.get(k), v))) m.put(k, v);
    return m;
  }
  if (a instanceof Date && typeof b === 'number') return env.newDate(a.getTime() - b * 86400000);
  if (a instanceof Date && b instanceof Date)
    return Math.round((a.getTime() - b.getTime()) / 86400000);
  return arith('subtract', a, b, (x, y) => x - y);
}
function multiply(a: any, b: any): any {
  a = norm(a);
  b = norm(b);
  if (a === null) throw npe('Cannot invoke method multiply() on null object');
  if (typeof a === 'string') return a.repeat(Number(b));
  if (isList(a)) {
    const out: any[] = [];
    for (let i = 0; i < Number(b); i++) out.push(...a);
    return out;
  }
  return arith('multiply', a, b, (x, y) => x * y);
}
function div(a: any, b: any): any {
  a = norm(a);
  b = norm(b);
  if (a === null) throw npe('Cannot invoke method div() on null object');
  if (
    (typeof a === 'number' && !Number.isInteger(a)) ||
    (typeof b === 'number' && !Number.isInteger(b))
  )
    return Number(a) / Number(b);
  const x = toDecimal(a);
  const y = toDecimal(b);
  if (y.signum() === 0) throw exc('ArithmeticException', 'Division by zero');
  try {
    const q = x.divide(y);
    return normalizeDecimal(q, a, b);
  } catch {
    // Non-terminating: Groovy keeps max(10, scales) digits, HALF_UP.
    const scale = Math.max(10, x.scale(), y.scale());
    return x.divide(y, scale, 4).stripTrailingZeros();
  }
}
/** Integer operands with an exact integer quotient stay an integer (as Groovy prints them). */
function normalizeDecimal(q: any, a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const n = q.doubleValue();
    if (Number.isInteger(n)) return n;
    return q.scale() <= 0 ? q.setScale(0) : q;
  }
  return q;
}
function mod(a: any, b: any): any {
  a = norm(a);
  b = norm(b);
  if (a instanceof BigDecimal || b instanceof BigDecimal)
    return toDecimal(a).remainder(toDecimal(b));
  return Number(a) % Number(b);
}
function power(a: any, b: any): any {
  a = norm(a);
  b = norm(b);
  if (a instanceof BigDecimal && Number.isInteger(Number(b))) return a.pow(Number(b));
  return Math.pow(Number(a), Number(b));
}
function neg(a: any): any {
  a = norm(a);
  if (a instanceof BigDecimal) return a.negate();
  if (isList(a)) return a.map(neg);
  return -a;
}

function intdiv(a: any, b: any): number {
  if (Number(b) === 0) throw exc('ArithmeticException', '/ by zero');
  return Math.trunc(Number(a) / Number(b));
}

// ---- equality and comparison

/** GPath results compare as their text (Groovy's GPathResult == String). */
function gtext(v: any): any {
  return v !== null && typeof v === 'object' && typeof v.__gtext === 'function' ? v.__gtext() : v;
}

function eq(a: any, b: any): boolean {
  a = norm(a);
  b = norm(b);
  if (typeof a === 'string' || typeof b === 'string') {
    a = gtext(a);
    b = gtext(b);
  }
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'number' && typeof b === 'number') return a === b;
    return toDecimal(a).compareTo(toDecimal(b)) === 0;
  }
  if (typeof a === 'string' || typeof b === 'string') {
    return typeof a === typeof b && a === b;
  }
  if (isList(a) && isList(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]));
  if (isMap(a) && isMap(b)) {
    if (a.size() !== b.size()) return false;
    return entries(a).every(([k, v]) => b.containsKey(k) && eq(v, norm(b.get(k))));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a.equals === 'function') return !!a.equals(b);
  return false;
}

function cmp(a: any, b: any): number {
  a = gtext(norm(a));
  b = gtext(norm(b));
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    return toDecimal(a).compareTo(toDecimal(b));
  }
  if (typeof a === 'string' && typeof b === 'string') {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d) return d;
    }
    return a.length - b.length;
  }
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  if (typeof a.compareTo === 'function') return Number(a.compareTo(b));
  throw groovyExc(
    'java.lang.IllegalArgumentException',
    `Cannot compare ${typeName(a)} with value '${text(a)}' and ${typeName(b)} with value '${text(b)}'`,
  );
}
function lt(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return cmp(a, b) < 0;
}
function le(a: any, b: any): boolean {
  return cmp(a, b) <= 0;
}
function gt(a: any, b: any): boolean {
  return cmp(a, b) > 0;
}
function ge(a: any, b: any): boolean {
  return cmp(a, b) >= 0;
}

function isIn(a: any, b: any): boolean {
  b = norm(b);
  if (b === null) return false;
  if (isMap(b)) return b.containsKey(a);
  if (typeof b === 'string') return typeof norm(a) === 'string' && b.includes(norm(a));
  if (b instanceof Range) return b.contains(a);
  if (typeof b === 'function') return truth(b(a));
  return items(b).some((x) => eq(x, a));
}

// ---- ranges

class Range {
  constructor(
    readonly from: any,
    readonly to: any,
    readonly exclusive: boolean,
  ) {}
  toList(): any[] {
    const out: any[] = [];
    if (typeof this.from === 'string') {
      const a = this.from.charCodeAt(0);
      const b = this.to.charCodeAt(0);
      const step = a <= b ? 1 : -1;
      for (let c = a; step > 0 ? c <= b : c >= b; c += step) {
        if (this.exclusive && c === b) break;
        out.push(String.fromCharCode(c));
      }
      return out;
    }
    const a = Number(this.from);
    const b = Number(this.to);
    if (a <= b) for (let i = a; this.exclusive ? i < b : i <= b; i++) out.push(i);
    else for (let i = a; this.exclusive ? i > b : i >= b; i--) out.push(i);
    return out;
  }
  contains(v: any): boolean {
    return this.toList().some((x) => eq(x, v));
  }
  size(): number {
    return this.toList().length;
  }
  getFrom(): any {
    return this.from;
  }
  getTo(): any {
    return this.to;
  }
  toString(): string {
    return text(this.toList());
  }
}
function range(a: any, b: any, exclusive: boolean): Range {
  return new Range(norm(a), norm(b), exclusive);
}

// ---- regex

/** Java regex → JavaScript: the few differences CPI scripts meet. */
function jsRegex(pattern: string, flags = ''): RegExp {
  let p = pattern;
  let f = flags;
  const inline = /^\(\?([imsx]+)\)/.exec(p);
  if (inline?.[1]) {
    p = p.slice(inline[0].length);
    for (const c of inline[1]) if (c !== 'x' && !f.includes(c)) f += c;
  }
  p = p
    .replace(/\\A|\\Z|\\z/g, (m) => (m === '\\A' ? '^' : '$'))
    .replace(/\(\?<([a-zA-Z]\w*)>/g, '(?<$1>');
  return new RegExp(p, f);
}
function toRegex(v: any): RegExp {
  if (v instanceof RegExp) return v;
  if (v instanceof Pattern) return v.re;
  return jsRegex(text(v));
}

class Pattern {
  readonly re: RegExp;
  constructor(readonly source: string) {
    this.re = jsRegex(source);
  }
  matcher(s: any): Matcher {
    return new Matcher(this.re, text(s));
  }
  pattern(): string {
    return this.source;
  }
  toString(): string {
    return this.source;
  }
  static compile(s: any, flags?: number): Pattern {
    const p = new Pattern(text(s));
    if (flags && flags & 2) (p as any).re = jsRegex(p.source, 'i');
    return p;
  }
  static matches(re: any, s: any): boolean {
    return matchWhole(s, re);
  }
  static quote(s: any): string {
    return text(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  static CASE_INSENSITIVE = 2;
  static MULTILINE = 8;
  static DOTALL = 32;
}

class Matcher {
  private all: RegExpExecArray[] | null = null;
  private pos = -1;
  private current: RegExpExecArray | null = null;
  constructor(
    private readonly re: RegExp,
    private readonly input: string,
  ) {}
  private list(): RegExpExecArray[] {
    if (!this.all) {
      const g = new RegExp(
        this.re.source,
        this.re.flags.includes('g') ? this.re.flags : `${this.re.flags}g`,
      );
      this.all = [...this.input.matchAll(g)];
    }
    return this.all;
  }
  find(): boolean {
    const l = this.list();
    this.pos++;
    this.current = l[this.pos] ?? null;
    return this.current !== null;
  }
  matches(): boolean {
    const m = new RegExp(`^(?:${this.re.source})$`, this.re.flags.replace('g', '')).exec(
      this.input,
    );
    this.current = m;
    return m !== null;
  }
  group(i: any = 0): any {
    if (!this.current) {
      if (this.pos < 0 && this.find()) return this.group(i);
      throw exc('IllegalStateException', 'No match found');
    }
    const v = typeof i === 'string' ? this.current.groups?.[i] : this.current[Number(i)];
    return v === undefined ? null : v;
  }
  groupCount(): number {
    return (this.list()[0]?.length ?? 1) - 1;
  }
  getCount(): number {
    return this.list().length;
  }
  size(): number {
    return this.list().length;
  }
  asBoolean(): boolean {
    return this.list().length > 0;
  }
  replaceAll(r: any): string {
    return this.input.replace(
      new RegExp(this.re.source, `${this.re.flags.replace('g', '')}g`),
      javaReplacement(text(r)),
    );
  }
  replaceFirst(r: any): string {
    return this.input.replace(
      new RegExp(this.re.source, this.re.flags.replace('g', '')),
      javaReplacement(text(r)),
    );
  }
  /** matcher[i]: the i-th match (its groups as a list when the pattern has groups). */
  getAt(i: number): any {
    const l = this.list();
    const m = l[i < 0 ? l.length + i : i];
    if (!m)
      throw exc(
        'IndexOutOfBoundsException',
        `index is out of range 0..${l.length - 1} (index = ${i})`,
      );
    return m.length > 1 ? Array.from(m, (x) => (x === undefined ? null : x)) : m[0];
  }
  start(): number {
    return this.current?.index ?? -1;
  }
  end(): number {
    return this.current ? this.current.index + this.current[0].length : -1;
  }
  toList(): any[] {
    return this.list().map((_, i) => this.getAt(i));
  }
}
function javaReplacement(r: string): string {
  return r.replace(/\$\$/g, '$$$$').replace(/\\\$/g, '$$$$').replace(/\\(.)/g, '$1');
}
function find(s: any, re: any): Matcher {
  return new Matcher(toRegex(re), text(s));
}
function matchWhole(s: any, re: any): boolean {
  s = norm(s);
  if (s === null) return false;
  const r = toRegex(re);
  return new RegExp(`^(?:${r.source})$`, r.flags).test(text(s));
}
function pattern(v: any): Pattern {
  return new Pattern(text(v));
}

// ---- closures and calls

function call(fn: any, args: any[]): any {
  if (typeof fn !== 'function') {
    if (fn !== null && fn !== undefined && typeof fn.call === 'function')
      return norm(fn.call(...args));
    throw missingMethod(fn, 'call', args);
  }
  return norm(fn(...args));
}

/** Call a closure with one item, spreading entries and lists over its parameters as Groovy does. */
function callItem(fn: any, item: any): any {
  if (typeof fn !== 'function') return call(fn, [item]);
  if (fn.length >= 2) {
    if (item instanceof Entry) return norm(fn(item.key, item.value));
    if (isList(item)) return norm(fn(...item));
  }
  return norm(fn(item));
}

function missingMethod(obj: any, name: string, args: any[]): Error {
  const types = args.map((a) => typeName(norm(a)).replace(/^java\.lang\.|^java\.util\./, ''));
  return groovyExc(
    'groovy.lang.MissingMethodException',
    `No signature of method: ${typeName(obj)}.${name}() is applicable for argument types: (${args
      .map((a) => typeName(norm(a)))
      .join(', ')}) values: [${args.map((a) => text(a)).join(', ')}]${types.length ? '' : ''}`,
  );
}
function missingProperty(obj: any, name: string): Error {
  return groovyExc(
    'groovy.lang.MissingPropertyException',
    `No such property: ${name} for class: ${typeName(obj)}`,
  );
}

// ---- GDK methods

type Gdk = Record<string, (self: any, ...args: any[]) => any>;

function sortKey(fn: any): (a: any, b: any) => number {
  if (fn === undefined || fn === null) return cmp;
  if (typeof fn === 'function' && fn.length >= 2) return (a, b) => Number(call(fn, [a, b]));
  if (typeof fn === 'function') return (a, b) => cmp(call(fn, [a]), call(fn, [b]));
  if (typeof fn.compare === 'function') return (a, b) => Number(fn.compare(a, b));
  return cmp;
}

function groupBy(list: any[], fn: any): any {
  const m = env.newMap();
  for (const x of list) {
    const k = callItem(fn, x);
    const cur = m.containsKey(k) ? norm(m.get(k)) : null;
    if (cur) cur.push(x);
    else m.put(k, [x]);
  }
  return m;
}

function sum(list: any[], fn?: any): any {
  let acc: any = null;
  for (const x of list) {
    const v = fn ? callItem(fn, x) : x;
    acc = acc === null ? v : plus(acc, v);
  }
  return acc === null ? (fn || list.length === 0 ? 0 : null) : acc;
}

/** GDK methods shared by every iterable (lists, maps as entries, ranges, strings' chars …). */
const ITERABLE: Gdk = {
  each: (self, fn) => {
    for (const x of items(self)) callItem(fn, x);
    return self;
  },
  eachWithIndex: (self, fn) => {
    items(self).forEach((x, i) => {
      if (x instanceof Entry && fn.length >= 3) call(fn, [x.key, x.value, i]);
      else call(fn, [x, i]);
    });
    return self;
  },
  collect: (self, fn) => items(self).map((x) => (fn ? callItem(fn, x) : x)),
  collectMany: (self, fn) => items(self).flatMap((x) => items(callItem(fn, x))),
  find: (self, fn) => items(self).find((x) => truth(fn ? callItem(fn, x) : x)) ?? null,
  findAll: (self, fn) => {
    const out = items(self).filter((x) => truth(fn ? callItem(fn, x) : x));
    if (isMap(self)) return mapOf(out.map((e: Entry) => [e.key, e.value]));
    return out;
  },
  findResult: (self, fn) => {
    for (const x of items(self)) {
      const r = callItem(fn, x);
      if (r !== null && r !== undefined) return r;
    }
    return null;
  },
  findIndexOf: (self, fn) => items(self).findIndex((x) => truth(callItem(fn, x))),
  grep: (self, f) => items(self).filter((x) => caseMatch(x, f === undefined ? true : f)),
  any: (self, fn) => items(self).some((x) => truth(fn ? callItem(fn, x) : x)),
  every: (self, fn) => items(self).every((x) => truth(fn ? callItem(fn, x) : x)),
  count: (self, fn) =>
    items(self).filter((x) => (typeof fn === 'function' ? truth(callItem(fn, x)) : eq(x, fn)))
      .length,
  inject: (self, init, fn) => {
    let list = items(self);
    let acc = init;
    let f = fn;
    if (fn === undefined) {
      f = init;
      acc = list[0];
      list = list.slice(1);
    }
    for (const x of list) acc = norm(f(acc, x));
    return acc;
  },
  groupBy: (self, fn) => groupBy(items(self), fn),
  countBy: (self, fn) => {
    const m = env.newMap();
    for (const x of items(self)) {
      const k = callItem(fn, x);
      m.put(k, (m.containsKey(k) ? Number(m.get(k)) : 0) + 1);
    }
    return m;
  },
  collectEntries: (self, fn) => {
    const m = env.newMap();
    for (const x of items(self)) {
      const r = fn ? callItem(fn, x) : x;
      if (isMap(r)) for (const [k, v] of entries(r)) m.put(k, v);
      else if (r instanceof Entry) m.put(r.key, r.value);
      else if (isList(r)) m.put(r[0], r[1] ?? null);
    }
    return m;
  },
  sum: (self, fn) => sum(items(self), fn),
  max: (self, fn) => {
    const l = items(self);
    if (!l.length) return null;
    const c = sortKey(fn);
    return l.reduce((a, b) => (c(b, a) > 0 ? b : a));
  },
  min: (self, fn) => {
    const l = items(self);
    if (!l.length) return null;
    const c = sortKey(fn);
    return l.reduce((a, b) => (c(b, a) < 0 ? b : a));
  },
  join: (self, sep) =>
    items(self)
      .map(text)
      .join(sep === undefined ? '' : text(sep)),
  toList: (self) => [...items(self)],
  toSet: (self) => unique(items(self)),
  asList: (self) => items(self),
  unique: (self, a, b) => {
    const mutate = typeof a === 'boolean' ? a : true;
    const u = unique(items(self), typeof a === 'boolean' ? b : a);
    if (mutate && isList(self)) {
      self.splice(0, self.length, ...u);
      return self;
    }
    return u;
  },
  toSorted: (self, fn) => [...items(self)].sort(sortKey(fn)),
  sort: (self, a, b) => {
    const fn = typeof a === 'boolean' ? b : a;
    const mutate = typeof a === 'boolean' ? a : true;
    if (isMap(self)) {
      const es = entries(self).map(([k, v]) => new Entry(k, v));
      es.sort(fn ? sortKey(fn) : (x: Entry, y: Entry) => cmp(x.key, y.key));
      return mapOf(es.map((e) => [e.key, e.value]));
    }
    const sorted = [...items(self)].sort(sortKey(fn));
    if (mutate && isList(self)) {
      self.splice(0, self.length, ...sorted);
      return self;
    }
    return sorted;
  },
  reverse: (self) =>
    typeof self === 'string' ? [...self].reverse().join('') : [...items(self)].reverse(),
  first: (self) => {
    const l = items(self);
    if (!l.length)
      throw exc('NoSuchElementException', 'Cannot access first() element from an empty List');
    return l[0];
  },
  last: (self) => {
    const l = items(self);
    if (!l.length)
      throw exc('NoSuchElementException', 'Cannot access last() element from an empty List');
    return l[l.length - 1];
  },
  head: (self) => items(self)[0] ?? null,
  tail: (self) => items(self).slice(1),
  take: (self, n) => items(self).slice(0, Number(n)),
  drop: (self, n) => items(self).slice(Number(n)),
  flatten: (self) => flatten(items(self)),
  collate: (self, n) => {
    const l = items(self);
    const out: any[] = [];
    for (let i = 0; i < l.length; i += Number(n)) out.push(l.slice(i, i + Number(n)));
    return out;
  },
  withIndex: (self) => items(self).map((x, i) => [x, i]),
  indexed: (self) => mapOf(items(self).map((x, i) => [i, x])),
  size: (self) => items(self).length,
  isEmpty: (self) => items(self).length === 0,
  contains: (self, x) => isIn(x, self),
  intersect: (self, other) => items(self).filter((x) => items(other).some((y) => eq(x, y))),
  disjoint: (self, other) => !items(self).some((x) => items(other).some((y) => eq(x, y))),
  plus: (self, x) => plus(self, x),
  minus: (self, x) => minus(self, x),
  split: (self, fn) => {
    const yes: any[] = [];
    const no: any[] = [];
    for (const x of items(self)) (truth(callItem(fn, x)) ? yes : no).push(x);
    return [yes, no];
  },
  iterator: (self) => {
    const l = items(self);
    let i = 0;
    return { hasNext: () => i < l.length, next: () => l[i++] };
  },
  stream: (self) => items(self),
};

function unique(l: any[], fn?: any): any[] {
  const out: any[] = [];
  const key = fn ? (x: any) => callItem(fn, x) : (x: any) => x;
  for (const x of l) if (!out.some((y) => eq(key(y), key(x)))) out.push(x);
  return out;
}
function flatten(l: any[]): any[] {
  const out: any[] = [];
  for (const x of l) {
    if (isList(x)) out.push(...flatten(x));
    else out.push(x);
  }
  return out;
}
function mapOf(pairs: [any, any][]): any {
  const m = env.newMap();
  for (const [k, v] of pairs) m.put(k, v);
  return m;
}

function index(n: number, size: number): number {
  return n < 0 ? size + n : n;
}

const LIST: Gdk = {
  toListString: (self) => text(self),
  add: (self, a, b) => {
    if (b === undefined) self.push(a);
    else self.splice(Number(a), 0, b);
    return true;
  },
  addAll: (self, more) => {
    self.push(...items(more));
    return true;
  },
  leftShift: (self, x) => {
    self.push(x);
    return self;
  },
  push: (self, x) => {
    self.push(x);
    return true;
  },
  pop: (self) => {
    if (!self.length) throw exc('NoSuchElementException', 'Cannot pop() an empty List');
    return self.pop();
  },
  get: (self, i) => {
    const n = Number(i);
    if (n < 0 || n >= self.length)
      throw exc('IndexOutOfBoundsException', `Index: ${n}, Size: ${self.length}`);
    return self[n];
  },
  getAt: (self, i) => getAt(self, i),
  set: (self, i, v) => {
    const old = self[Number(i)];
    self[Number(i)] = v;
    return old;
  },
  putAt: (self, i, v) => putAt(self, i, v),
  remove: (self, x) => {
    if (typeof x === 'number') {
      if (x < 0 || x >= self.length)
        throw exc('IndexOutOfBoundsException', `Index: ${x}, Size: ${self.length}`);
      return self.splice(x, 1)[0];
    }
    const i = self.findIndex((y: any) => eq(y, x));
    if (i < 0) return false;
    self.splice(i, 1);
    return true;
  },
  removeAll: (self, x) => {
    const drop =
      typeof x === 'function' ? (y: any) => truth(callItem(x, y)) : (y: any) => isIn(y, x);
    const keep = self.filter((y: any) => !drop(y));
    const changed = keep.length !== self.length;
    self.splice(0, self.length, ...keep);
    return changed;
  },
  removeIf: (self, fn) => LIST.removeAll!(self, fn),
  retainAll: (self, x) => {
    const keep = self.filter((y: any) =>
      typeof x === 'function' ? truth(callItem(x, y)) : isIn(y, x),
    );
    self.splice(0, self.length, ...keep);
    return true;
  },
  indexOf: (self, x) => self.findIndex((y: any) => eq(y, x)),
  lastIndexOf: (self, x) => {
    for (let i = self.length - 1; i >= 0; i--) if (eq(self[i], x)) return i;
    return -1;
  },
  clear: (self) => {
    self.length = 0;
  },
  subList: (self, a, b) => self.slice(Number(a), Number(b)),
  isEmpty: (self) => self.length === 0,
  size: (self) => self.length,
  toArray: (self) => [...self],
  getClass: () => env.classFor('java.util.ArrayList'),
  equals: (self, x) => eq(self, x),
  toString: (self: any) => text(self),
  hashCode: (self) => self.length,
};

const MAP: Gdk = {
  // Groovy's own text of a map, as a GString writes it ([a:1, b:[c:x]]).
  toMapString: (self) => text(self),
  each: (self, fn) => {
    for (const [k, v] of entries(self)) {
      if (typeof fn === 'function' && fn.length >= 2) call(fn, [k, v]);
      else call(fn, [new Entry(k, v)]);
    }
    return self;
  },
  eachWithIndex: (self, fn) => {
    entries(self).forEach(([k, v], i) => {
      if (fn.length >= 3) call(fn, [k, v, i]);
      else call(fn, [new Entry(k, v), i]);
    });
    return self;
  },
  collect: (self, fn) =>
    entries(self).map(([k, v]) =>
      fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)]),
    ),
  findAll: (self, fn) => {
    const m = env.newMap();
    for (const [k, v] of entries(self))
      if (truth(fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)]))) m.put(k, v);
    return m;
  },
  find: (self, fn) => {
    for (const [k, v] of entries(self))
      if (truth(fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)])))
        return new Entry(k, v);
    return null;
  },
  any: (self, fn) =>
    entries(self).some(([k, v]) =>
      truth(fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)])),
    ),
  every: (self, fn) =>
    entries(self).every(([k, v]) =>
      truth(fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)])),
    ),
  collectEntries: (self, fn) => {
    const m = env.newMap();
    for (const [k, v] of entries(self)) {
      const r = fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)]);
      if (isMap(r)) for (const [a, b] of entries(r)) m.put(a, b);
      else if (isList(r)) m.put(r[0], r[1] ?? null);
      else if (r instanceof Entry) m.put(r.key, r.value);
    }
    return m;
  },
  groupBy: (self, fn) => {
    const m = env.newMap();
    for (const [k, v] of entries(self)) {
      const g = fn.length >= 2 ? call(fn, [k, v]) : call(fn, [new Entry(k, v)]);
      if (!m.containsKey(g)) m.put(g, env.newMap());
      m.get(g).put(k, v);
    }
    return m;
  },
  subMap: (self, keys) => {
    const m = env.newMap();
    for (const k of items(keys)) if (self.containsKey(k)) m.put(k, self.get(k));
    return m;
  },
  getAt: (self, k) => norm(self.get(k)),
  putAt: (self, k, v) => {
    self.put(k, v);
    return v;
  },
  get: (self, k, d) => {
    if (d !== undefined && !self.containsKey(k)) {
      self.put(k, d);
      return d;
    }
    return norm(self.get(k));
  },
  leftShift: (self, x) => {
    if (x instanceof Entry) self.put(x.key, x.value);
    else for (const [k, v] of entries(x)) self.put(k, v);
    return self;
  },
  keySet: (self) => entries(self).map(([k]) => k),
  values: (self) => entries(self).map(([, v]) => v),
  entrySet: (self) => entries(self).map(([k, v]) => new Entry(k, v)),
  containsKey: (self, k) => self.containsKey(k),
  size: (self) => self.size(),
  isEmpty: (self) => self.size() === 0,
  equals: (self, x) => eq(self, x),
  // LazyMap (JsonSlurper's map) has its own toString: Java's, {k=v, …}.
  toString: (self: any) => (self instanceof JsonMap ? javaText(self) : text(self)),
  sort: (self, fn) => ITERABLE.sort!(self, fn),
  plus: (self, x) => plus(self, x),
  minus: (self, x) => minus(self, x),
  withDefault: (self) => self,
  asImmutable: (self) => self,
  getClass: () => env.classFor('java.util.LinkedHashMap'),
};

function stripIndent(s: string): string {
  const lines = s.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const n = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(n, /^\s*/.exec(l)![0].length))).join('\n');
}

function javaFormat(fmt: string, args: any[]): string {
  let i = 0;
  return fmt.replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])/g,
    (m, pos, flags, width, prec, conv) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const v = norm(pos ? args[parseInt(pos, 10) - 1] : args[i++]);
      let s: string;
      switch (conv) {
        case 'd':
          s = String(Math.trunc(Number(v)));
          if (flags.includes(',')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          break;
        case 'f': {
          const p = prec ? parseInt(prec.slice(1), 10) : 6;
          s =
            v instanceof BigDecimal
              ? (v as any).setScale(p, 4).toPlainString().toString()
              : Number(v).toFixed(p);
          if (flags.includes(',')) {
            const [a, b] = s.split('.');
            s = (a ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (b !== undefined ? `.${b}` : '');
          }
          break;
        }
        case 's':
        case 'S':
          s = text(v);
          if (prec) s = s.slice(0, parseInt(prec.slice(1), 10));
          if (conv === 'S') s = s.toUpperCase();
          break;
        case 'x':
        case 'X':
          s = Number(v).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'b':
          s = String(truth(v) && v !== null);
          break;
        case 'c':
          s = typeof v === 'number' ? String.fromCharCode(v) : text(v);
          break;
        case 'e':
          s = Number(v)
            .toExponential(prec ? parseInt(prec.slice(1), 10) : 6)
            .replace(/e([+-])(\d)$/, 'e$10$2');
          break;
        default:
          return m;
      }
      if (flags.includes('+') && /^\d/.test(s) && 'df'.includes(conv)) s = `+${s}`;
      const w = width ? parseInt(width, 10) : 0;
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w);
        else if (flags.includes('0') && 'dfx'.includes(conv)) {
          const negative = s.startsWith('-');
          s =
            (negative ? '-' : '') + s.slice(negative ? 1 : 0).padStart(w - (negative ? 1 : 0), '0');
        } else s = s.padStart(w);
      }
      return s;
    },
  );
}

function toInteger(s: any): number {
  const t = text(s).trim();
  if (!/^[+-]?\d+$/.test(t)) throw exc('NumberFormatException', `For input string: "${text(s)}"`);
  return parseInt(t, 10);
}
function toDouble(s: any): number {
  const t = text(s).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(t))
    throw exc('NumberFormatException', t ? `For input string: "${t}"` : 'empty String');
  return parseFloat(t);
}

const STRING: Gdk = {
  size: (s) => s.length,
  length: (s) => s.length,
  toUpperCase: (s) => s.toUpperCase(),
  toLowerCase: (s) => s.toLowerCase(),
  // Java trims every character up to U+0020 (control characters included).
  // eslint-disable-next-line no-control-regex
  trim: (s) => s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, ''),
  strip: (s) => s.trim(),
  isEmpty: (s) => s.length === 0,
  isBlank: (s) => s.trim().length === 0,
  contains: (s, x) => s.includes(text(x)),
  startsWith: (s, x) => s.startsWith(text(x)),
  endsWith: (s, x) => s.endsWith(text(x)),
  indexOf: (s, x, from) => s.indexOf(text(x), from),
  lastIndexOf: (s, x) => s.lastIndexOf(text(x)),
  substring: (s, a, b) => {
    const end = b === undefined ? s.length : Number(b);
    if (a < 0 || end > s.length || a > end)
      throw exc('StringIndexOutOfBoundsException', `begin ${a}, end ${end}, length ${s.length}`);
    return s.substring(a, end);
  },
  charAt: (s, i) => s.charAt(i),
  replace: (s, a, b) => s.split(text(a)).join(text(b)),
  replaceAll: (s, re, r) =>
    typeof r === 'function'
      ? s.replace(new RegExp(toRegex(re).source, 'g'), (...m: any[]) =>
          text(call(r, [m.slice(0, -2).length > 1 ? m.slice(0, -2) : m[0]])),
        )
      : s.replace(
          new RegExp(toRegex(re).source, `${toRegex(re).flags.replace('g', '')}g`),
          javaReplacement(text(r)),
        ),
  replaceFirst: (s, re, r) => s.replace(toRegex(re), javaReplacement(text(r))),
  split: (s, re, limit) => {
    if (re === undefined)
      return s
        .trim()
        .split(/\s+/)
        .filter((x: string) => x);
    const parts = s.split(toRegex(re));
    if (limit === undefined || Number(limit) === 0) {
      while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      return parts;
    }
    return parts;
  },
  tokenize: (s, d) =>
    s
      .split(d === undefined ? /\s+/ : new RegExp(`[${text(d).replace(/[\]\\^-]/g, '\\$&')}]`))
      .filter((x: string) => x),
  matches: (s, re) => matchWhole(s, re),
  equals: (s, x) => typeof norm(x) === 'string' && s === norm(x),
  equalsIgnoreCase: (s, x) => norm(x) !== null && s.toLowerCase() === text(x).toLowerCase(),
  compareTo: (s, x) => cmp(s, x),
  compareToIgnoreCase: (s, x) => cmp(s.toLowerCase(), text(x).toLowerCase()),
  concat: (s, x) => s + text(x),
  padLeft: (s, n, c) =>
    s.length >= n ? s : (c === undefined ? ' ' : text(c)).repeat(n).slice(0, n - s.length) + s,
  padRight: (s, n, c) =>
    s.length >= n ? s : s + (c === undefined ? ' ' : text(c)).repeat(n).slice(0, n - s.length),
  center: (s, n, c) => {
    const pad = c === undefined ? ' ' : text(c);
    if (s.length >= n) return s;
    const left = Math.floor((n - s.length) / 2);
    return pad.repeat(left) + s + pad.repeat(n - s.length - left);
  },
  capitalize: (s) => (s ? s[0]!.toUpperCase() + s.slice(1) : s),
  uncapitalize: (s) => (s ? s[0]!.toLowerCase() + s.slice(1) : s),
  reverse: (s) => [...s].reverse().join(''),
  toInteger: (s) => toInteger(s),
  toLong: (s) => toInteger(s),
  toDouble: (s) => toDouble(s),
  toFloat: (s) => toDouble(s),
  toBigDecimal: (s) => new BigDecimal(s.trim()),
  toBigInteger: (s) => new BigInteger(s.trim()),
  toBoolean: (s) => ['true', 'y', '1'].includes(s.trim().toLowerCase()),
  isNumber: (s) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()),
  isInteger: (s) => /^[+-]?\d+$/.test(s.trim()),
  isBigDecimal: (s) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()),
  isDouble: (s) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()),
  toList: (s) => [...s],
  toCharArray: (s) => [...s],
  chars: (s) => [...s],
  getBytes: (s) => new Int8Array(env.utf8Encode(s)),
  bytes: (s) => new Int8Array(env.utf8Encode(s)),
  readLines: (s) =>
    s.split(/\r?\n/).filter((l: string, i: number, a: string[]) => i < a.length - 1 || l !== ''),
  eachLine: (s, fn) => {
    s.split(/\r?\n/).forEach((l: string, i: number) =>
      fn.length >= 2 ? call(fn, [l, i]) : call(fn, [l]),
    );
    return s;
  },
  stripIndent: (s) => stripIndent(s),
  stripMargin: (s, c) => {
    const m = c === undefined ? '|' : text(c);
    return s
      .split('\n')
      .map((l: string) => {
        const t = l.replace(/^\s*/, '');
        return t.startsWith(m) ? t.slice(m.length) : l;
      })
      .join('\n');
  },
  denormalize: (s) => s,
  normalize: (s) => s.replace(/\r\n?/g, '\n'),
  count: (s, x) => (text(x) ? s.split(text(x)).length - 1 : 0),
  multiply: (s, n) => s.repeat(Number(n)),
  plus: (s, x) => s + text(x),
  minus: (s, x) => minus(s, x),
  getAt: (s, i) => getAt(s, i),
  find: (s, re, fn) => {
    const m = toRegex(re).exec(s);
    if (!m) return null;
    if (fn) return call(fn, m.length > 1 ? [Array.from(m, (x) => x ?? null)] : [m[0]]);
    return m[0];
  },
  findAll: (s, re, fn) => {
    const r = toRegex(re);
    const all = [...s.matchAll(new RegExp(r.source, `${r.flags.replace('g', '')}g`))];
    return all.map((m) => {
      const v = m.length > 1 ? Array.from(m, (x) => x ?? null) : m[0];
      return fn ? (m.length > 1 ? call(fn, v as any[]) : call(fn, [v])) : v;
    });
  },
  each: (s, fn) => {
    for (const c of s) call(fn, [c]);
    return s;
  },
  collect: (s, fn) => [...s].map((c) => call(fn, [c])),
  take: (s, n) => s.slice(0, Number(n)),
  drop: (s, n) => s.slice(Number(n)),
  format: (s, ...args) => javaFormat(s, args),
  encodeAsBase64: (s) => base64(s),
  decodeBase64: (s) => env.toBytes(atobBytes(s)),
  toString: (s: any) => s,
  hashCode: (s) => {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
  },
  getClass: () => env.JavaString,
  asBoolean: (s) => s.length > 0,
  intern: (s) => s,
  codePointAt: (s, i) => s.codePointAt(i),
  isAllWhitespace: (s) => /^\s*$/.test(s),
  asType: (s, t) => asType(s, t),
};

function base64(s: any): string {
  return base64Encode(env.toBytes(s));
}
function atobBytes(s: string): Int8Array {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  for (const c of clean) {
    buf = (buf << 6) | B64.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 255);
    }
  }
  return new Int8Array(out);
}

const NUMBER: Gdk = {
  intValue: (n) => Math.trunc(Number(n)) | 0,
  longValue: (n) => Math.trunc(Number(n)),
  doubleValue: (n) => Number(n),
  floatValue: (n) => Number(n),
  toInteger: (n) => Math.trunc(Number(n)),
  toLong: (n) => Math.trunc(Number(n)),
  toDouble: (n) => Number(n),
  toBigDecimal: (n) => toDecimal(n),
  toString: (n: any) => text(n),
  abs: (n) => (n instanceof BigDecimal ? (n as any).abs() : Math.abs(n)),
  round: (n, digits) => {
    if (digits === undefined) return Math.round(Number(n));
    const f = Math.pow(10, Number(digits));
    return Math.round(Number(n) * f) / f;
  },
  times: (n, fn) => {
    for (let i = 0; i < Number(n); i++) call(fn, [i]);
    return null;
  },
  upto: (n, to, fn) => {
    for (let i = Number(n); i <= Number(to); i++) call(fn, [i]);
    return null;
  },
  downto: (n, to, fn) => {
    for (let i = Number(n); i >= Number(to); i--) call(fn, [i]);
    return null;
  },
  intdiv: (n, d) => intdiv(n, d),
  plus: (n, x) => plus(n, x),
  minus: (n, x) => minus(n, x),
  multiply: (n, x) => multiply(n, x),
  div: (n, x) => div(n, x),
  mod: (n, x) => mod(n, x),
  power: (n, x) => power(n, x),
  compareTo: (n, x) => cmp(n, x),
  equals: (n, x) => eq(n, x),
  max: (n, x) => (cmp(n, x) >= 0 ? n : x),
  min: (n, x) => (cmp(n, x) <= 0 ? n : x),
  asType: (n, t) => asType(n, t),
  getClass: (n) => env.classFor(typeName(n)),
};

/** GDK methods on every object (after its own). */
const OBJECT: Gdk = {
  toString: (o: any) => text(o),
  equals: (o, x) => eq(o, x),
  is: (o, x) => o === x,
  with: (o, fn) => call(fn, [o]),
  tap: (o, fn) => {
    call(fn, [o]);
    return o;
  },
  asType: (o, t) => asType(o, t),
  inspect: (o) => text(o),
  getClass: (o) =>
    env.classFor(typeName(o)) ?? {
      getName: () => typeName(o),
      getSimpleName: () => typeName(o).replace(/^.*\./, ''),
    },
  hashCode: () => 0,
  collect: (o, fn) => items(o).map((x) => callItem(fn, x)),
  each: (o, fn) => ITERABLE.each!(o, fn),
  find: (o, fn) => ITERABLE.find!(o, fn),
  findAll: (o, fn) => ITERABLE.findAll!(o, fn),
  any: (o, fn) => ITERABLE.any!(o, fn),
  every: (o, fn) => ITERABLE.every!(o, fn),
  eachWithIndex: (o, fn) => ITERABLE.eachWithIndex!(o, fn),
  inject: (o, a, b) => ITERABLE.inject!(o, a, b),
  join: (o, s) => ITERABLE.join!(o, s),
  sum: (o, fn) => ITERABLE.sum!(o, fn),
  sort: (o, a, b) => ITERABLE.sort!(o, a, b),
  size: (o) => items(o).length,
  toList: (o) => items(o),
  isCase: (o, x) => caseMatch(x, o),
};

function isDate(v: unknown): v is Date {
  return v instanceof Date;
}
const DATE: Gdk = {
  format: (d, pattern, tz) => {
    const f = new env.SimpleDateFormat(pattern);
    if (tz !== undefined && typeof f.setTimeZone === 'function') f.setTimeZone(tz);
    return env.str(f.format(d));
  },
  plus: (d, n) => env.newDate(d.getTime() + Number(n) * 86400000),
  minus: (d, n) =>
    isDate(n)
      ? Math.round((d.getTime() - n.getTime()) / 86400000)
      : env.newDate(d.getTime() - Number(n) * 86400000),
  getTime: (d) => d.getTime(),
  toString: (d: any) => env.str(d.toString()),
  clearTime: (d) => {
    const x = env.newDate(d.getTime());
    x.setUTCHours(0, 0, 0, 0);
    return x;
  },
};

// ---- dispatch

function getAt(o: any, k: any): any {
  o = norm(o);
  k = norm(k);
  if (o === null) throw npe(`Cannot invoke method getAt() on null object`);
  if (isList(o) || typeof o === 'string') {
    if (k instanceof Range) {
      const size = o.length;
      let a = index(Number(k.from), size);
      let b = index(Number(k.to), size);
      const rev = a > b;
      if (rev) [a, b] = [b, a];
      if (k.exclusive) b--;
      if (a < 0 || b >= size) throw exc('IndexOutOfBoundsException', `Range out of bounds`);
      const part = o.slice(a, b + 1);
      if (typeof o === 'string') return rev ? [...part].reverse().join('') : part;
      return rev ? [...part].reverse() : part;
    }
    if (isList(k)) return k.map((i: any) => getAt(o, i));
    if (typeof o === 'string') {
      const i = index(Number(k), o.length);
      if (i < 0 || i >= o.length)
        throw exc('StringIndexOutOfBoundsException', `String index out of range: ${Number(k)}`);
      return o[i];
    }
    if (typeof k === 'string') return o.map((x: any) => prop(x, k));
    const v = o[index(Number(k), o.length)];
    return v === undefined ? null : v;
  }
  if (isMap(o)) return norm(o.get(k));
  if (o instanceof Matcher) return o.getAt(Number(k));
  if (typeof o.getAt === 'function') return norm(o.getAt(k));
  if (typeof k === 'string') return prop(o, k);
  if (typeof o.get === 'function') return norm(o.get(k));
  if (o instanceof Int8Array || o instanceof Uint8Array) return o[Number(k)];
  throw missingMethod(o, 'getAt', [k]);
}
function putAt(o: any, k: any, v: any): any {
  // The common case first: a JsonSlurper map, a string key (its old value is not needed).
  if (o instanceof JsonMap && typeof k === 'string') {
    o.__gset(k, v);
    return v;
  }
  o = norm(o);
  if (o === null) throw npe('Cannot invoke method putAt() on null object');
  if (isList(o)) {
    const i = index(Number(k), o.length);
    while (o.length < i) o.push(null);
    o[i] = v;
    return v;
  }
  if (isMap(o)) {
    // The old value of JsonSlurper's map is not needed (nor converted, see JsonMap).
    if (o instanceof JsonMap) o.__gset(norm(k), v);
    else o.put(norm(k), v);
    return v;
  }
  if (typeof o.putAt === 'function') return o.putAt(k, v);
  if (typeof k === 'string') return setProp(o, k, v);
  throw missingMethod(o, 'putAt', [k, v]);
}

function cap(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** obj.name */
function prop(o: any, name: string): any {
  o = norm(o);
  if (o === null) throw npe(`Cannot get property '${name}' on null object`);
  if (isMap(o)) {
    if (name === 'class') return o.containsKey('class') ? norm(o.get('class')) : null;
    return norm(o.get(name));
  }
  if (isList(o)) {
    if (name === 'size') return o.length;
    if (name === 'empty') return o.length === 0;
    if (name === 'class') return env.classFor('java.util.ArrayList');
    return o.map((x: any) => (x === null ? null : prop(x, name)));
  }
  if (typeof o === 'string') {
    if (name === 'bytes') return STRING.getBytes!(o);
    if (name === 'empty') return o.length === 0;
    if (name === 'class') return env.JavaString;
    if (name === 'length') throw missingProperty(o, name);
    const m = (STRING as any)[`get${cap(name)}`];
    if (m) return m(o);
    throw missingProperty(o, name);
  }
  if (typeof o === 'number' || typeof o === 'boolean') {
    if (name === 'class') return NUMBER.getClass!(o);
    throw missingProperty(o, name);
  }
  if (typeof o.__gprop === 'function') return o.__gprop(name);
  const getter = o[`get${cap(name)}`];
  if (typeof getter === 'function') return norm(getter.call(o));
  const is = o[`is${cap(name)}`];
  if (typeof is === 'function') return norm(is.call(o));
  if (name in o) {
    const v = o[name];
    return typeof v === 'function' && !Object.prototype.hasOwnProperty.call(o, name) ? v : norm(v);
  }
  if (name === 'class') return OBJECT.getClass!(o);
  if (o instanceof Error && name === 'message') return o.message;
  throw missingProperty(o, name);
}
function safeProp(o: any, name: string): any {
  return norm(o) === null ? null : prop(o, name);
}
function spreadProp(o: any, name: string): any {
  o = norm(o);
  if (o === null) return null;
  return items(o).map((x) => (x === null ? null : prop(x, name)));
}
function setProp(o: any, name: string, v: any): any {
  o = norm(o);
  if (o === null) throw npe(`Cannot set property '${name}' on null object`);
  if (isMap(o)) {
    o.put(name, v);
    return v;
  }
  const setter = o[`set${cap(name)}`];
  if (typeof setter === 'function') {
    setter.call(o, v);
    return v;
  }
  if (typeof o === 'object' && !Object.isFrozen(o)) {
    o[name] = v;
    return v;
  }
  throw groovyExc(
    'groovy.lang.ReadOnlyPropertyException',
    `Cannot set readonly property: ${name} for class: ${typeName(o)}`,
  );
}

/** obj.name(args) */
function invoke(o: any, name: string, args: any[]): any {
  o = norm(o);
  if (o === null) {
    if (name === 'toString') return 'null';
    if (name === 'equals') return norm(args[0]) === null;
    throw npe(`Cannot invoke method ${name}() on null object`);
  }
  let table: Gdk | null = null;
  switch (typeof o) {
    case 'string':
      table = STRING;
      break;
    case 'number':
      table = NUMBER;
      break;
    case 'boolean':
      if (name === 'toString') return String(o);
      if (name === 'booleanValue') return o;
      break;
    case 'function':
      if (name === 'call') return call(o, args);
      if (name === 'curry') return (...rest: any[]) => call(o, [...args, ...rest]);
      break;
  }
  if (table) {
    const f = table[name];
    if (f) return norm(f(o, ...args));
  } else if (isList(o)) {
    const f = LIST[name] ?? ITERABLE[name];
    if (f) return norm(f(o, ...args));
  } else if (isMap(o)) {
    const f = MAP[name] ?? (typeof o[name] === 'function' ? null : ITERABLE[name]);
    if (f) return norm(f(o, ...args));
  } else if (o instanceof Range) {
    const f = (o as any)[name];
    if (typeof f === 'function') return norm(f.apply(o, args));
    const g = ITERABLE[name];
    if (g) return norm(g(o.toList(), ...args));
  } else if (o instanceof Int8Array || o instanceof Uint8Array) {
    if (name === 'encodeBase64') return base64(o);
    if (name === 'size') return o.length;
  } else if (isDate(o)) {
    const f = DATE[name];
    if (f) return norm(f(o, ...args));
  } else if (o instanceof BigDecimal || o instanceof BigInteger) {
    const own = (o as any)[name];
    if (typeof own === 'function')
      return norm(
        own.apply(
          o,
          args.map((a) =>
            typeof a === 'number' &&
            (name === 'add' ||
              name === 'subtract' ||
              name === 'multiply' ||
              name === 'divide' ||
              name === 'compareTo' ||
              name === 'remainder' ||
              name === 'max' ||
              name === 'min')
              ? toDecimal(a)
              : a,
          ),
        ),
      );
    const f = NUMBER[name];
    if (f) return norm(f(o, ...args));
  }
  const own = o[name];
  if (typeof own === 'function') return norm(own.apply(o, args.map(javaArg)));
  if (
    typeof o === 'object' &&
    name in o &&
    typeof own !== 'function' &&
    own !== undefined &&
    own !== null &&
    typeof own === 'function'
  )
    return call(own, args);
  if (typeof o.toList === 'function' && ITERABLE[name]) return norm(ITERABLE[name](o, ...args));
  if (typeof o.__gcall === 'function') return norm(o.__gcall(name, args));
  const f = OBJECT[name];
  if (f) return norm(f(o, ...args));
  // A property holding a closure: obj.closureProp(args)
  if (typeof o === 'object' && name in o && typeof o[name] === 'function')
    return call(o[name], args);
  throw missingMethod(o, name, args);
}
/** Values passed to Java-style methods of the shims: Groovy lists as they are. */
function javaArg(a: any): any {
  return a;
}
function safeInvoke(o: any, name: string, args: any[]): any {
  return norm(o) === null ? null : invoke(o, name, args);
}
function spreadInvoke(o: any, name: string, args: any[]): any {
  o = norm(o);
  if (o === null) return null;
  return items(o).map((x) => (x === null ? null : invoke(x, name, args)));
}

// ---- switch / case

function caseMatch(v: any, c: any): boolean {
  v = norm(v);
  c = norm(c);
  if (c instanceof Pattern) return v !== null && matchWhole(v, c);
  if (c instanceof RegExp) return v !== null && matchWhole(v, c);
  if (isList(c)) return c.some((x) => eq(x, v));
  if (c instanceof Range) return c.contains(v);
  if (typeof c === 'function') {
    if (c.prototype && c.prototype !== Function.prototype && isClassRef(c)) return instOf(v, c);
    return truth(c(v));
  }
  if (isMap(c)) return c.containsKey(v);
  return eq(v, c);
}
function isClassRef(c: any): boolean {
  return (
    typeof c === 'function' && (typeof c.getName === 'function' || /^[A-Z]/.test(c.name ?? ''))
  );
}
function switchIndex(v: any, cases: any[]): number {
  for (let i = 0; i < cases.length; i++) if (caseMatch(v, cases[i])) return i;
  return -1;
}

// ---- types

const NUMBER_TYPES = new Set(['int', 'Integer', 'long', 'Long', 'short', 'Short', 'byte', 'Byte']);
const FLOAT_TYPES = new Set(['double', 'Double', 'float', 'Float']);

function asType(v: any, t: string): any {
  v = norm(v);
  const simple = t.slice(t.lastIndexOf('.') + 1).replace(/<.*$/, '');
  if (v === null) {
    if (simple === 'boolean') return false;
    return null;
  }
  if (simple === 'String') return text(v);
  if (NUMBER_TYPES.has(simple)) {
    if (typeof v === 'string') {
      if (!/^\s*[+-]?\d+\s*$/.test(v))
        throw exc('NumberFormatException', `For input string: "${v}"`);
      return parseInt(v, 10);
    }
    return Math.trunc(Number(v));
  }
  if (FLOAT_TYPES.has(simple)) return typeof v === 'string' ? toDouble(v) : Number(v);
  if (simple === 'BigDecimal' || simple === 'Number') {
    if (typeof v === 'string') return new BigDecimal(v.trim());
    return simple === 'Number' && typeof v === 'number' ? v : toDecimal(v);
  }
  if (simple === 'BigInteger') return new BigInteger(text(v).split('.')[0]!.trim());
  if (simple === 'boolean' || simple === 'Boolean') return truth(v);
  if (
    simple === 'List' ||
    simple === 'ArrayList' ||
    simple === 'Collection' ||
    simple === 'Object[]' ||
    simple === 'String[]'
  )
    return isList(v) ? v : items(v);
  if (simple === 'Set' || simple === 'HashSet' || simple === 'LinkedHashSet')
    return unique(items(v));
  if (simple === 'Map' || simple === 'LinkedHashMap' || simple === 'HashMap') return v;
  if (simple === 'char' || simple === 'Character') return text(v).charAt(0);
  if (simple === 'Date' && typeof v === 'number') return env.newDate(v);
  return v;
}

function instOf(v: any, cls: any): boolean {
  v = norm(v);
  if (v === null) return false;
  const name = className(cls);
  switch (name) {
    case 'String':
    case 'CharSequence':
    case 'GString':
      return typeof v === 'string';
    case 'Integer':
    case 'Long':
      return typeof v === 'number' && Number.isInteger(v);
    case 'Double':
    case 'Float':
      return typeof v === 'number';
    case 'Number':
      return isNumber(v);
    case 'Boolean':
      return typeof v === 'boolean';
    case 'List':
    case 'ArrayList':
    case 'Collection':
    case 'Iterable':
      return isList(v);
    case 'Map':
    case 'HashMap':
    case 'LinkedHashMap':
      return isMap(v);
    case 'Closure':
      return typeof v === 'function';
    case 'Object':
      return true;
    case 'Date':
      return isDate(v);
    case 'BigDecimal':
      return v instanceof BigDecimal;
  }
  if (typeof cls === 'function') {
    try {
      if (v instanceof cls) return true;
    } catch {
      return false;
    }
  }
  return false;
}
function className(cls: any): string {
  if (typeof cls === 'string') return cls.slice(cls.lastIndexOf('.') + 1);
  if (cls && typeof cls.getSimpleName === 'function') return env.str(cls.getSimpleName());
  if (cls === env.JavaString) return 'String';
  return cls?.__groovyName ?? cls?.name ?? '';
}

/** catch (T e): whether e (a thrown value) is a T; Rhino-style wrapped Java exceptions unwrap. */
function caught(e: any): any {
  if (e && e.javaException instanceof Error) return e.javaException;
  if (e instanceof Error && !(e as any).getMessage) {
    // An engine error (TypeError …) seen from Groovy: a RuntimeException of its own kind.
    return e;
  }
  return e;
}
function catches(e: any, cls: any): boolean {
  const name = className(cls);
  const ex = env.exceptions as Record<string, any>;
  if (name === 'Exception' || name === 'Throwable') return true;
  if (name === 'RuntimeException')
    return !(e instanceof ex.Exception) || e instanceof ex.RuntimeException;
  const E = typeof cls === 'function' ? cls : ex[name];
  if (typeof E === 'function') {
    try {
      if (e instanceof E) return true;
    } catch {
      return false;
    }
  }
  const ename = typeof e?.name === 'string' ? e.name : '';
  return ename === name || ename.endsWith(`.${name}`);
}

// ---- construction and classes

const classCache = new Map<string, any>();
let groovyClasses: Record<string, any> = {};

function cls(names: string): any {
  let c = classCache.get(names);
  if (c) return c;
  const candidates = names.split('|');
  for (const q of candidates) {
    c = groovyClasses[q] ?? env.classFor(q);
    if (c) {
      classCache.set(names, c);
      return c;
    }
  }
  const simple = candidates[0]!.slice(candidates[0]!.lastIndexOf('.') + 1);
  throw groovyExc(
    'java.lang.ClassNotFoundException',
    `Class ${candidates.length > 1 ? simple : candidates[0]} is not available in the studio`,
  );
}

function newObject(C: any, args: any[]): any {
  if (C === env.JavaString) {
    if (!args.length) return '';
    const a = norm(args[0]);
    return a instanceof Int8Array || a instanceof Uint8Array ? env.utf8Decode(a) : text(a);
  }
  if (
    C === groovyClasses['java.util.ArrayList'] ||
    C === env.classFor('java.util.ArrayList') ||
    C === env.classFor('java.util.LinkedList')
  )
    return args.length && typeof args[0] !== 'number' ? [...items(args[0])] : [];
  if (C === env.classFor('java.util.HashMap') || C === env.classFor('java.util.LinkedHashMap')) {
    const m = env.newMap();
    if (args.length && isMap(args[0])) for (const [k, v] of entries(args[0])) m.put(k, v);
    return m;
  }
  if (C === env.classFor('java.util.HashSet') || C === env.classFor('java.util.LinkedHashSet'))
    return args.length ? unique(items(args[0])) : [];
  if (C === env.classFor('java.util.Date'))
    return args.length ? env.newDate(args[0]) : env.newDate();
  if (C === env.classFor('java.lang.StringBuilder') || C === env.classFor('java.lang.StringBuffer'))
    return new StringBuilder(args.length && typeof args[0] !== 'number' ? text(args[0]) : '');
  if (C === env.classFor('java.math.BigDecimal')) {
    const v = norm(args[0]);
    return typeof v === 'number' ? toDecimal(v) : new BigDecimal(text(v));
  }
  if (C && C.__groovyClass) {
    const o = new C();
    if (C.__hasCtor) {
      o.__init(...args);
    } else if (args.length === 1 && isMap(args[0])) {
      for (const [k, v] of entries(args[0])) setProp(o, k, v);
    }
    return o;
  }
  if (typeof C !== 'function')
    throw groovyExc(
      'groovy.lang.GroovyRuntimeException',
      `Could not find a constructor for ${className(C)}`,
    );
  return new C(...args);
}

class StringBuilder {
  private s: string;
  constructor(s?: any) {
    this.s = s === undefined || typeof s === 'number' ? '' : text(s);
  }
  append(x: any): StringBuilder {
    this.s += text(x);
    return this;
  }
  leftShift(x: any): StringBuilder {
    return this.append(x);
  }
  insert(i: number, x: any): StringBuilder {
    this.s = this.s.slice(0, i) + text(x) + this.s.slice(i);
    return this;
  }
  length(): number {
    return this.s.length;
  }
  size(): number {
    return this.s.length;
  }
  setLength(n: number): void {
    this.s = this.s.slice(0, n);
  }
  reverse(): StringBuilder {
    this.s = [...this.s].reverse().join('');
    return this;
  }
  deleteCharAt(i: number): StringBuilder {
    this.s = this.s.slice(0, i) + this.s.slice(i + 1);
    return this;
  }
  charAt(i: number): string {
    return this.s.charAt(i);
  }
  indexOf(x: any): number {
    return this.s.indexOf(text(x));
  }
  toString(): string {
    return this.s;
  }
}

// ---- script-level functions

function println(...args: any[]): null {
  env.log(args.length ? text(args[0]) : '');
  return null;
}

function gstring(parts: any[]): string {
  let s = '';
  for (let i = 0; i < parts.length; i++) s += i % 2 ? text(parts[i]) : parts[i];
  return s;
}

function makeMap(pairs: any[]): any {
  const m = env.newMap();
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    if (k === SPREAD_MAP) {
      for (const [a, b] of entries(norm(pairs[i + 1]))) m.put(a, b);
    } else m.put(norm(k), pairs[i + 1]);
  }
  return m;
}
const SPREAD_MAP = Symbol('spreadMap');

function elvis(a: any, b: () => any): any {
  return truth(a) ? norm(a) : b();
}

function assertFail(source: string, message: any): Error {
  const m = message === undefined ? `assert ${source}` : `${text(message)}. Expression: ${source}`;
  return groovyExc('org.codehaus.groovy.runtime.powerassert.PowerAssertionError', m);
}

function leftShift(a: any, b: any): any {
  a = norm(a);
  if (isList(a)) {
    a.push(b);
    return a;
  }
  if (isMap(a)) return MAP.leftShift!(a, b);
  if (typeof a === 'number') return a << Number(b);
  if (a !== null && typeof a.leftShift === 'function') return a.leftShift(b);
  if (a !== null && typeof a.append === 'function') return a.append(text(b));
  throw missingMethod(a, 'leftShift', [b]);
}

function iter(v: any): any[] {
  return items(v);
}

function toList(v: any): any[] {
  return items(v);
}

function decimal(s: string): any {
  return new BigDecimal(s);
}

function declare(v: any, t: string): any {
  return asType(v, t);
}

function methodRef(o: any, name: string): any {
  return (...args: any[]) => invoke(o, name, args);
}

function attr(o: any, name: string): any {
  o = norm(o);
  if (o === null) throw npe(`Cannot get property '@${name}' on null object`);
  if (typeof o.__gattr === 'function') return o.__gattr(name);
  if (isList(o)) return o.map((x: any) => attr(x, name));
  return prop(o, name);
}

/** nodes*.@name: the attribute of each node, as a list. */
function spreadAttr(o: any, name: string): any {
  o = norm(o);
  if (o === null) return null;
  return items(o).map((x) => (x === null ? null : attr(x, name)));
}
/** node?.@name */
function safeAttr(o: any, name: string): any {
  return norm(o) === null ? null : attr(o, name);
}

function sleep(): null {
  return null;
}

export type GroovyRuntime = ReturnType<typeof runtime>;

function runtime() {
  return {
    text,
    t: truth,
    n: norm,
    eq,
    ne: (a: any, b: any) => !eq(a, b),
    cmp,
    lt,
    le,
    gt,
    ge,
    plus,
    minus,
    mul: multiply,
    div,
    mod,
    pow: power,
    neg,
    isIn,
    range,
    find,
    match: matchWhole,
    pattern,
    call,
    m: invoke,
    ms: safeInvoke,
    mx: spreadInvoke,
    p: prop,
    ps: safeProp,
    px: spreadProp,
    sp: setProp,
    i: getAt,
    si: putAt,
    attr,
    spreadAttr,
    safeAttr,
    lshift: leftShift,
    as: asType,
    decl: declare,
    inst: instOf,
    catches,
    caught,
    cls,
    newObj: newObject,
    gs: gstring,
    map: makeMap,
    SPREAD_MAP,
    elvis,
    switchIndex,
    assertFail,
    iter,
    list: toList,
    dec: decimal,
    mref: methodRef,
    println,
    sleep,
    format: (f: any, ...args: any[]) => javaFormat(text(f), args),
    missingValue: (name: string): any => {
      // Inside a builder's closure, `mkp` (and other builder properties) come from the builder.
      const d = currentDelegate();
      const getter = d ? d[`get${name.charAt(0).toUpperCase()}${name.slice(1)}`] : undefined;
      if (typeof getter === 'function') return getter.call(d);
      throw groovyExc(
        'groovy.lang.MissingPropertyException',
        `No such property: ${name} for class: Script1`,
      );
    },
    missing: (name: string) =>
      groovyExc(
        'groovy.lang.MissingPropertyException',
        `No such property: ${name} for class: Script1`,
      ),
    missingFn: (name: string, args: any[]) =>
      groovyExc(
        'groovy.lang.MissingMethodException',
        `No signature of method: Script1.${name}() is applicable for argument types: (${args.map((a) => typeName(norm(a))).join(', ')}) values: [${args.map(text).join(', ')}]`,
      ),
    bare: (name: string, args: any[]) => {
      const d = currentDelegate();
      if (d && typeof d.__gcall === 'function') return norm(d.__gcall(name, args));
      if (name === 'println' || name === 'print') return println(...args);
      if (name === 'sprintf') return javaFormat(text(args[0]), args.slice(1));
      throw groovyExc(
        'groovy.lang.MissingMethodException',
        `No signature of method: Script1.${name}() is applicable for argument types: (${args.map((a) => typeName(norm(a))).join(', ')}) values: [${args.map(text).join(', ')}]`,
      );
    },
    refuse: (what: string) =>
      groovyExc(
        'java.lang.SecurityException',
        `Groovy feature ${what} is not supported in the studio`,
      ),
  };
}

/** Install the runtime: returns the `$g` object and the Groovy classes (groovy.json.*, groovy.xml.*, …). */
export function installGroovy(e: GroovyEnv): {
  runtime: GroovyRuntime;
  classes: Record<string, any>;
} {
  env = e;
  const rt = runtime();
  const hashKey = (k: any): any => (e.isJavaString(k) ? e.str(k) : k);
  // Exceptions the runtime throws, defined up front so that scripts can catch them by name:
  // JsonSlurper's maps refuse keys that are not strings as Java does (see groovyMap.ts); Groovy's
  // own exceptions are in groovy.lang, which every script imports.
  if (!e.exceptions.ClassCastException)
    e.defineException('java.lang.ClassCastException', e.exceptions.RuntimeException as any);
  const groovyRuntime =
    e.exceptions.GroovyRuntimeException ??
    e.defineException('groovy.lang.GroovyRuntimeException', e.exceptions.RuntimeException as any);
  for (const name of ['MissingPropertyException', 'MissingMethodException'])
    if (!e.exceptions[name]) e.defineException(`groovy.lang.${name}`, groovyRuntime);
  initJsonMaps({
    npe: () => exc('NullPointerException', ''),
    classCast: (message) => groovyExc('java.lang.ClassCastException', message),
    typeName,
    key: (k) => gtext(norm(k)),
  });
  // JSON and XML see JsonSlurper's light maps as maps too.
  const shared: GroovyEnv = {
    ...e,
    isMap,
    newHashMap: () => new JsonHashMap(hashKey),
  };
  groovyClasses = {
    'java.util.regex.Pattern': Pattern,
    'java.util.regex.Matcher': Matcher,
    'java.lang.StringBuilder': StringBuilder,
    'java.lang.StringBuffer': StringBuilder,
    'groovy.lang.Range': Range,
    'groovy.lang.IntRange': Range,
    // byte[].class (getBody(byte[])): the message value as UTF-8 bytes.
    'byte[]': {
      fromMessageValue: (v: any) => e.toBytes(v),
      getName: () => '[B',
      getSimpleName: () => 'byte[]',
    },
    ...installGroovyJson(shared, rt),
    ...installGroovyXml(shared, rt),
  };
  for (const [name, C] of Object.entries(groovyClasses)) {
    if (typeof C === 'function' && !C.getName) {
      const simple = name.slice(name.lastIndexOf('.') + 1);
      Object.defineProperty(C, 'getName', { value: () => name });
      Object.defineProperty(C, 'getSimpleName', { value: () => simple });
    }
  }
  classCache.clear();
  return { runtime: rt, classes: groovyClasses };
}

export { Entry, Matcher, Pattern, Range, StringBuilder, caseMatch, text as groovyText };
