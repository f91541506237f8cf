// java.math.BigDecimal, BigInteger and RoundingMode over JavaScript's BigInt: an unscaled integer
// and a scale, with Java's rules for the scale of each operation, its toString (scientific when the
// exponent is small) and its rounding modes.
import type { ClassTable, ShimEnv } from './env';
import { javaDoubleString } from './javaText';

export type RoundingName =
  'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN' | 'UNNECESSARY';

const MODES: RoundingName[] = [
  'UP',
  'DOWN',
  'CEILING',
  'FLOOR',
  'HALF_UP',
  'HALF_DOWN',
  'HALF_EVEN',
  'UNNECESSARY',
];

/** One constant of java.math.RoundingMode. */
export class RoundingMode {
  private constructor(
    readonly mode: RoundingName,
    private readonly index: number,
  ) {}
  static readonly UP = new RoundingMode('UP', 0);
  static readonly DOWN = new RoundingMode('DOWN', 1);
  static readonly CEILING = new RoundingMode('CEILING', 2);
  static readonly FLOOR = new RoundingMode('FLOOR', 3);
  static readonly HALF_UP = new RoundingMode('HALF_UP', 4);
  static readonly HALF_DOWN = new RoundingMode('HALF_DOWN', 5);
  static readonly HALF_EVEN = new RoundingMode('HALF_EVEN', 6);
  static readonly UNNECESSARY = new RoundingMode('UNNECESSARY', 7);
  static valueOf(v: unknown): RoundingMode {
    if (v instanceof RoundingMode) return v;
    if (typeof v === 'number') return RoundingMode[MODES[v] ?? 'UNNECESSARY'];
    return RoundingMode[String(v) as RoundingName] ?? RoundingMode.UNNECESSARY;
  }
  static values(): RoundingMode[] {
    return MODES.map((m) => RoundingMode[m]);
  }
  name(): string {
    return this.mode;
  }
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.mode;
  }
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);
const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Divide with Java's rounding; throws when the mode is UNNECESSARY and a remainder is left. */
function divRound(n: bigint, d: bigint, mode: RoundingName, env: ShimEnv | null): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const twice = abs(r) * 2n;
  let away: boolean;
  switch (mode) {
    case 'UP':
      away = true;
      break;
    case 'DOWN':
      away = false;
      break;
    case 'CEILING':
      away = sign > 0n;
      break;
    case 'FLOOR':
      away = sign < 0n;
      break;
    case 'HALF_UP':
      away = twice >= d;
      break;
    case 'HALF_DOWN':
      away = twice > d;
      break;
    case 'HALF_EVEN':
      away = twice > d || (twice === d && abs(q) % 2n === 1n);
      break;
    default:
      throw arithmetic(env, 'Rounding necessary');
  }
  return away ? q + sign : q;
}

function arithmetic(env: ShimEnv | null, message: string): Error {
  const E = env?.exceptions.ArithmeticException;
  return env && E ? env.jthrow(E, message) : new RangeError(message);
}

let ENV: ShimEnv | null = null;

export class BigInteger {
  constructor(v: unknown) {
    const text = ENV ? ENV.str(v) : String(v);
    if (!/^[+-]?\d+$/.test(text.trim())) throw numberFormat(`For input string: "${text}"`);
    this.n = BigInt(text.trim());
  }
  readonly n: bigint;
  static of(n: bigint): BigInteger {
    return new BigInteger(n.toString());
  }
  static valueOf(v: number): BigInteger {
    return BigInteger.of(BigInt(Math.trunc(v)));
  }
  static readonly ZERO = BigInteger.of(0n);
  static readonly ONE = BigInteger.of(1n);
  static readonly TEN = BigInteger.of(10n);
  add(o: BigInteger): BigInteger {
    return BigInteger.of(this.n + o.n);
  }
  subtract(o: BigInteger): BigInteger {
    return BigInteger.of(this.n - o.n);
  }
  multiply(o: BigInteger): BigInteger {
    return BigInteger.of(this.n * o.n);
  }
  divide(o: BigInteger): BigInteger {
    if (o.n === 0n) throw arithmetic(ENV, 'BigInteger divide by zero');
    return BigInteger.of(this.n / o.n);
  }
  mod(o: BigInteger): BigInteger {
    const r = this.n % o.n;
    return BigInteger.of(r < 0n ? r + o.n : r);
  }
  pow(e: number): BigInteger {
    return BigInteger.of(this.n ** BigInt(e));
  }
  compareTo(o: BigInteger): number {
    return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
  }
  equals(o: unknown): boolean {
    return o instanceof BigInteger && o.n === this.n;
  }
  signum(): number {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }
  intValue(): number {
    return Number(BigInt.asIntN(32, this.n));
  }
  longValue(): number {
    return Number(BigInt.asIntN(64, this.n));
  }
  doubleValue(): number {
    return Number(this.n);
  }
  toString(radix?: number): unknown {
    const s = this.n.toString(radix ?? 10);
    return ENV ? ENV.jstr(s) : s;
  }
  valueOf(): number {
    return Number(this.n);
  }
  toJSON(): string {
    return this.n.toString();
  }
}

function numberFormat(message: string): Error {
  const E = ENV?.exceptions.NumberFormatException;
  return ENV && E ? ENV.jthrow(E, message) : new SyntaxError(message);
}

export class BigDecimal {
  /** new BigDecimal("19.99"), new BigDecimal(0.1) (the double's exact value), new BigDecimal(bigInteger). */
  constructor(v: unknown, scale?: number) {
    if (v instanceof BigInteger) {
      this.u = v.n;
      this.s = scale ?? 0;
      return;
    }
    if (typeof v === 'number') {
      const exact = exactDouble(v);
      this.u = exact.u;
      this.s = exact.s;
      return;
    }
    const parsed = parseDecimal(ENV ? ENV.str(v) : String(v));
    this.u = parsed.u;
    this.s = parsed.s;
  }
  /** Unscaled value and scale: value = u × 10^-s. */
  u!: bigint;
  s!: number;

  static of(u: bigint, s: number): BigDecimal {
    const d = Object.create(BigDecimal.prototype) as BigDecimal;
    d.u = u;
    d.s = s;
    return d;
  }
  /** BigDecimal.valueOf(double) goes through Double.toString (so valueOf(2) is 2.0). */
  static valueOf(v: number, scale?: number): BigDecimal {
    if (scale !== undefined) return BigDecimal.of(BigInt(Math.trunc(v)), scale);
    const p = parseDecimal(javaDoubleString(v));
    return BigDecimal.of(p.u, p.s);
  }
  static readonly ZERO = BigDecimal.of(0n, 0);
  static readonly ONE = BigDecimal.of(1n, 0);
  static readonly TEN = BigDecimal.of(10n, 0);
  static readonly ROUND_UP = 0;
  static readonly ROUND_DOWN = 1;
  static readonly ROUND_CEILING = 2;
  static readonly ROUND_FLOOR = 3;
  static readonly ROUND_HALF_UP = 4;
  static readonly ROUND_HALF_DOWN = 5;
  static readonly ROUND_HALF_EVEN = 6;
  static readonly ROUND_UNNECESSARY = 7;

  private at(scale: number): bigint {
    return scale >= this.s ? this.u * pow10(scale - this.s) : this.u / pow10(this.s - scale);
  }
  add(o: BigDecimal): BigDecimal {
    const s = Math.max(this.s, arg(o).s);
    return BigDecimal.of(this.at(s) + o.at(s), s);
  }
  subtract(o: BigDecimal): BigDecimal {
    const s = Math.max(this.s, arg(o).s);
    return BigDecimal.of(this.at(s) - o.at(s), s);
  }
  multiply(o: BigDecimal): BigDecimal {
    return BigDecimal.of(this.u * arg(o).u, this.s + o.s);
  }
  /**
   * divide(o): the exact quotient (ArithmeticException when it does not terminate);
   * divide(o, roundingMode) at this scale; divide(o, scale, roundingMode).
   */
  divide(o: BigDecimal, a?: unknown, b?: unknown): BigDecimal {
    if (arg(o).u === 0n)
      throw arithmetic(ENV, this.u === 0n ? 'Division undefined' : 'Division by zero');
    if (a === undefined) return this.exactQuotient(o);
    const scale = b === undefined ? this.s : Number(a);
    const mode = RoundingMode.valueOf(b === undefined ? a : b).mode;
    // this / o at `scale`: (u1 × 10^(scale - s1 + s2)) / u2.
    const shift = scale - this.s + o.s;
    const n = shift >= 0 ? this.u * pow10(shift) : this.u;
    const d = shift >= 0 ? o.u : o.u * pow10(-shift);
    return BigDecimal.of(divRound(n, d, mode, ENV), scale);
  }
  private exactQuotient(o: BigDecimal): BigDecimal {
    const preferred = this.s - o.s;
    // Terminates only when the reduced divisor has no prime factors but 2 and 5.
    let d = abs(o.u);
    let twos = 0;
    let fives = 0;
    const g = gcd(abs(this.u), d);
    d /= g === 0n ? 1n : g;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d !== 1n) {
      throw arithmetic(
        ENV,
        'Non-terminating decimal expansion; no exact representable decimal result.',
      );
    }
    const extra = Math.max(twos, fives);
    let q = this.divide(o, Math.max(preferred, 0) + extra, RoundingMode.UNNECESSARY);
    // Java keeps the preferred scale when the quotient allows it, else the smallest exact scale.
    while (q.s > preferred && q.u % 10n === 0n) q = BigDecimal.of(q.u / 10n, q.s - 1);
    if (q.s < preferred) q = q.setScale(preferred);
    return q;
  }
  remainder(o: BigDecimal): BigDecimal {
    const s = Math.max(this.s, arg(o).s);
    return BigDecimal.of(this.at(s) % o.at(s), s);
  }
  setScale(scale: number, mode?: unknown): BigDecimal {
    const m = mode === undefined ? 'UNNECESSARY' : RoundingMode.valueOf(mode).mode;
    if (scale >= this.s) return BigDecimal.of(this.u * pow10(scale - this.s), scale);
    return BigDecimal.of(divRound(this.u, pow10(this.s - scale), m, ENV), scale);
  }
  negate(): BigDecimal {
    return BigDecimal.of(-this.u, this.s);
  }
  abs(): BigDecimal {
    return BigDecimal.of(abs(this.u), this.s);
  }
  pow(n: number): BigDecimal {
    return BigDecimal.of(this.u ** BigInt(n), this.s * n);
  }
  signum(): number {
    return this.u < 0n ? -1 : this.u > 0n ? 1 : 0;
  }
  scale(): number {
    return this.s;
  }
  precision(): number {
    return this.u === 0n ? 1 : abs(this.u).toString().length;
  }
  unscaledValue(): BigInteger {
    return BigInteger.of(this.u);
  }
  compareTo(o: BigDecimal): number {
    const s = Math.max(this.s, arg(o).s);
    const a = this.at(s);
    const b = o.at(s);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  /** As Java: equal value and equal scale (2.0 is not 2.00). */
  equals(o: unknown): boolean {
    return o instanceof BigDecimal && o.u === this.u && o.s === this.s;
  }
  max(o: BigDecimal): BigDecimal {
    return this.compareTo(o) >= 0 ? this : o;
  }
  min(o: BigDecimal): BigDecimal {
    return this.compareTo(o) <= 0 ? this : o;
  }
  movePointLeft(n: number): BigDecimal {
    return BigDecimal.of(this.u, this.s + n).normalizeNegativeScale();
  }
  movePointRight(n: number): BigDecimal {
    return BigDecimal.of(this.u, this.s - n).normalizeNegativeScale();
  }
  private normalizeNegativeScale(): BigDecimal {
    return this.s < 0 ? BigDecimal.of(this.u * pow10(-this.s), 0) : this;
  }
  stripTrailingZeros(): BigDecimal {
    if (this.u === 0n) return BigDecimal.ZERO;
    let u = this.u;
    let s = this.s;
    while (u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return BigDecimal.of(u, s);
  }
  intValue(): number {
    return Number(BigInt.asIntN(32, this.at(0)));
  }
  longValue(): number {
    return Number(BigInt.asIntN(64, this.at(0)));
  }
  doubleValue(): number {
    return Number(this.plain());
  }
  toBigInteger(): BigInteger {
    return BigInteger.of(this.at(0));
  }
  /** Java's toString: plain, or scientific when the scale is negative or the exponent below -6. */
  text(): string {
    const digits = abs(this.u).toString();
    const adjusted = digits.length - 1 - this.s;
    if (this.s >= 0 && adjusted >= -6) return this.plain();
    const sign = this.u < 0n ? '-' : '';
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }
  plain(): string {
    const neg = this.u < 0n;
    const digits = abs(this.u).toString();
    if (this.s <= 0) return (neg ? '-' : '') + digits + '0'.repeat(-this.s);
    const padded = digits.padStart(this.s + 1, '0');
    const cut = padded.length - this.s;
    return `${neg ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`;
  }
  toString(): unknown {
    return ENV ? ENV.jstr(this.text()) : this.text();
  }
  toPlainString(): unknown {
    return ENV ? ENV.jstr(this.plain()) : this.plain();
  }
  /** Rhino turns a java.lang.Number into a number where JavaScript wants a primitive ("" + x, x * 2). */
  valueOf(): number {
    return this.doubleValue();
  }
  /** JSON.stringify in Rhino writes a java.lang.Number as a JSON number. */
  toJSON(): number {
    return this.doubleValue();
  }
}

function arg(o: unknown): BigDecimal {
  if (o instanceof BigDecimal) return o;
  throw new TypeError(`Cannot convert ${String(o)} to java.math.BigDecimal`);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function parseDecimal(text: string): { u: bigint; s: number } {
  const t = text.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    const bad = /[^\d.eE+-]/.exec(t);
    throw numberFormat(
      bad
        ? `Character ${bad[0]} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`
        : `Character array is missing "exponent" mark 'e' or 'E'.`,
    );
  }
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  const u = BigInt(`${m[1] === '-' ? '-' : ''}${int}${frac}` || '0');
  return { u, s: frac.length - exp };
}

/** The exact decimal value of a double (as new BigDecimal(double) in Java). */
export function exactDouble(d: number): { u: bigint; s: number } {
  if (!Number.isFinite(d)) throw numberFormat('Infinite or NaN');
  if (Number.isInteger(d)) return { u: BigInt(d), s: 0 };
  // d = m × 2^-k with m an integer: m × 5^k / 10^k.
  let m = d;
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  return { u: BigInt(m) * 5n ** BigInt(k), s: k };
}

export function installBigDecimal(env: ShimEnv): ClassTable {
  ENV = env;
  if (!env.exceptions.ArithmeticException) {
    env.defineException('java.lang.ArithmeticException', env.exceptions.RuntimeException);
  }
  return {
    'java.math.BigDecimal': BigDecimal,
    'java.math.BigInteger': BigInteger,
    'java.math.RoundingMode': RoundingMode,
  };
}
