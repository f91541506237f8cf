// java.time as CPI scripts use it: LocalDate, LocalDateTime and DateTimeFormatter (ofPattern, the
// ISO formatters), parse and format with java.time's pattern letters, the usual plus/minus/compare
// methods. The sandbox has no time-zone database: now() is UTC (CPI's runtime zone), and zoned
// types are not provided (their classes say so by name).
import { DAYS, MONTHS } from '../../expression/formatJavaDate';
import type { ClassTable, ExceptionClass, ShimEnv } from './env';
import { pad, tokenize } from './javaUtil';

let ENV: ShimEnv | null = null;
function env(): ShimEnv {
  if (!ENV) throw new Error('java.time: not installed');
  return ENV;
}

function exception(qualified: string, parent = 'RuntimeException'): ExceptionClass {
  const simple = qualified.slice(qualified.lastIndexOf('.') + 1);
  const e = env();
  return (
    e.exceptions[simple] ??
    e.defineException(qualified, e.exceptions[parent] ?? e.exceptions.RuntimeException)
  );
}
const parseFailure = (text: string, why: string): Error =>
  env().jthrow(
    exception('java.time.format.DateTimeParseException', 'RuntimeException'),
    `Text '${text}' could not be parsed${why}`,
  );
const unsupported = (field: string): Error =>
  env().jthrow(
    exception('java.time.temporal.UnsupportedTemporalTypeException', 'RuntimeException'),
    `Unsupported field: ${field}`,
  );
const dateTimeException = (message: string): Error =>
  env().jthrow(exception('java.time.DateTimeException', 'RuntimeException'), message);
const invalid = (field: string, range: string, v: number): string =>
  `Invalid value for ${field} (valid values ${range}): ${v}`;

const DAY_MS = 86_400_000;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const epochDay = (y: number, m: number, d: number): number => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.floor(t.getTime() / DAY_MS);
};
function fromEpochDay(day: number): [number, number, number] {
  const t = new Date(day * DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
/** Why y-m-d is not a date (Java's words), or null. */
function badDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return invalid('MonthOfYear', '1 - 12', m);
  if (d < 1 || d > 31) return invalid('DayOfMonth', '1 - 28/31', d);
  if (d > monthLength(y, m))
    return d === 29
      ? `Invalid date 'February 29' as '${y}' is not a leap year`
      : `Invalid date '${MONTHS[m - 1]!.toUpperCase()} ${d}'`;
  return null;
}

/** DayOfWeek and Month: enum constants (toString MONDAY, getValue 1). */
class JavaEnum {
  constructor(
    readonly constant: string,
    readonly value: number,
  ) {}
  getValue(): number {
    return this.value;
  }
  name(): unknown {
    return env().jstr(this.constant);
  }
  toString(): string {
    return this.constant;
  }
  ordinal(): number {
    return this.value - 1;
  }
  equals(o: unknown): boolean {
    return o instanceof JavaEnum && o.constant === this.constant;
  }
}
const DAY_OF_WEEK = [1, 2, 3, 4, 5, 6, 7].map((v) => new JavaEnum(DAYS[v % 7]!.toUpperCase(), v));
const MONTH = MONTHS.map((m, i) => new JavaEnum(m.toUpperCase(), i + 1));

interface Fields {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  /** Nanoseconds of the second. */
  n: number;
  time: boolean;
}

const text = (s: string): unknown => env().jstr(s);

/** A date (and maybe a time): what LocalDate and LocalDateTime share. */
abstract class Temporal {
  abstract fields(): Fields;
  format(f: unknown): unknown {
    if (!(f instanceof DateTimeFormatter)) throw new TypeError('format: not a DateTimeFormatter');
    return text(f.print(this.fields()));
  }
  getYear(): number {
    return this.fields().y;
  }
  getMonthValue(): number {
    return this.fields().M;
  }
  getMonth(): JavaEnum {
    return MONTH[this.fields().M - 1]!;
  }
  getDayOfMonth(): number {
    return this.fields().d;
  }
  getDayOfYear(): number {
    const f = this.fields();
    return epochDay(f.y, f.M, f.d) - epochDay(f.y, 1, 1) + 1;
  }
  getDayOfWeek(): JavaEnum {
    const f = this.fields();
    const dow = (((epochDay(f.y, f.M, f.d) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return DAY_OF_WEEK[dow]!;
  }
  lengthOfMonth(): number {
    const f = this.fields();
    return monthLength(f.y, f.M);
  }
  isLeapYear(): boolean {
    return isLeap(this.fields().y);
  }
  /** A number that orders values of the same type. */
  key(): number {
    const f = this.fields();
    return epochDay(f.y, f.M, f.d) * DAY_MS * 1e3 + ((f.H * 60 + f.m) * 60 + f.s) * 1e6 + f.n / 1e3;
  }
  compareTo(o: Temporal): number {
    return Math.sign(this.key() - o.key());
  }
  isBefore(o: Temporal): boolean {
    return this.key() < o.key();
  }
  isAfter(o: Temporal): boolean {
    return this.key() > o.key();
  }
  isEqual(o: Temporal): boolean {
    return this.key() === o.key();
  }
  equals(o: unknown): boolean {
    return o instanceof Temporal && o.constructor === this.constructor && this.key() === o.key();
  }
  hashCode(): number {
    return this.key() | 0;
  }
}

function addMonths(f: Fields, months: number): [number, number, number] {
  const total = f.y * 12 + (f.M - 1) + months;
  const y = Math.floor(total / 12);
  const M = total - y * 12 + 1;
  return [y, M, Math.min(f.d, monthLength(y, M))];
}

export class LocalDate extends Temporal {
  constructor(
    readonly y: number,
    readonly M: number,
    readonly d: number,
  ) {
    super();
  }
  fields(): Fields {
    return { y: this.y, M: this.M, d: this.d, H: 0, m: 0, s: 0, n: 0, time: false };
  }
  static now(): LocalDate {
    return LocalDate.ofEpochDay(Math.floor(Date.now() / DAY_MS));
  }
  static of(y: unknown, m: unknown, d: unknown): LocalDate {
    const M = m instanceof JavaEnum ? m.value : Number(m);
    const bad = badDate(Number(y), M, Number(d));
    if (bad) throw dateTimeException(bad);
    return new LocalDate(Number(y), M, Number(d));
  }
  static ofEpochDay(day: unknown): LocalDate {
    const [y, M, d] = fromEpochDay(Number(day));
    return new LocalDate(y, M, d);
  }
  static parse(s: unknown, f?: unknown): LocalDate {
    const v = (f instanceof DateTimeFormatter ? f : ISO_LOCAL_DATE).read(env().str(s), 'date');
    return new LocalDate(v.y, v.M, v.d);
  }
  toEpochDay(): number {
    return epochDay(this.y, this.M, this.d);
  }
  plusDays(n: unknown): LocalDate {
    return LocalDate.ofEpochDay(this.toEpochDay() + Number(n));
  }
  minusDays(n: unknown): LocalDate {
    return this.plusDays(-Number(n));
  }
  plusWeeks(n: unknown): LocalDate {
    return this.plusDays(7 * Number(n));
  }
  minusWeeks(n: unknown): LocalDate {
    return this.plusDays(-7 * Number(n));
  }
  plusMonths(n: unknown): LocalDate {
    const [y, M, d] = addMonths(this.fields(), Number(n));
    return new LocalDate(y, M, d);
  }
  minusMonths(n: unknown): LocalDate {
    return this.plusMonths(-Number(n));
  }
  plusYears(n: unknown): LocalDate {
    return this.plusMonths(12 * Number(n));
  }
  minusYears(n: unknown): LocalDate {
    return this.plusMonths(-12 * Number(n));
  }
  withDayOfMonth(d: unknown): LocalDate {
    return LocalDate.of(this.y, this.M, d);
  }
  withMonth(m: unknown): LocalDate {
    return new LocalDate(this.y, Number(m), Math.min(this.d, monthLength(this.y, Number(m))));
  }
  withYear(y: unknown): LocalDate {
    return new LocalDate(Number(y), this.M, Math.min(this.d, monthLength(Number(y), this.M)));
  }
  atStartOfDay(): LocalDateTime {
    return new LocalDateTime(this, 0, 0, 0, 0);
  }
  atTime(h: unknown, m: unknown, s?: unknown, n?: unknown): LocalDateTime {
    return new LocalDateTime(this, Number(h), Number(m), Number(s ?? 0), Number(n ?? 0));
  }
  override toString(): string {
    return ISO_LOCAL_DATE.print(this.fields());
  }
}

export class LocalDateTime extends Temporal {
  constructor(
    readonly date: LocalDate,
    readonly H: number,
    readonly m: number,
    readonly s: number,
    readonly n: number,
  ) {
    super();
  }
  fields(): Fields {
    return { ...this.date.fields(), H: this.H, m: this.m, s: this.s, n: this.n, time: true };
  }
  static now(): LocalDateTime {
    const ms = Date.now();
    const day = Math.floor(ms / DAY_MS);
    let r = ms - day * DAY_MS;
    const H = Math.floor(r / 3_600_000);
    r -= H * 3_600_000;
    const m = Math.floor(r / 60_000);
    r -= m * 60_000;
    const s = Math.floor(r / 1000);
    return new LocalDateTime(LocalDate.ofEpochDay(day), H, m, s, (r - s * 1000) * 1e6);
  }
  static of(
    y: unknown,
    mo: unknown,
    d: unknown,
    h?: unknown,
    mi?: unknown,
    s?: unknown,
    n?: unknown,
  ): LocalDateTime {
    return LocalDate.of(y, mo, d).atTime(h ?? 0, mi ?? 0, s, n);
  }
  static parse(s: unknown, f?: unknown): LocalDateTime {
    const str = env().str(s);
    const v = (f instanceof DateTimeFormatter ? f : ISO_LOCAL_DATE_TIME).read(str, 'datetime');
    return new LocalDateTime(new LocalDate(v.y, v.M, v.d), v.H, v.m, v.s, v.n);
  }
  toLocalDate(): LocalDate {
    return this.date;
  }
  getHour(): number {
    return this.H;
  }
  getMinute(): number {
    return this.m;
  }
  getSecond(): number {
    return this.s;
  }
  getNano(): number {
    return this.n;
  }
  /** This date-time moved by a number of nanoseconds (exact up to a day's worth of them). */
  private plusNanos(nanos: number): LocalDateTime {
    const NS_DAY = 86_400e9;
    let t = ((this.H * 60 + this.m) * 60 + this.s) * 1e9 + this.n + nanos;
    const days = Math.floor(t / NS_DAY);
    t -= days * NS_DAY;
    const H = Math.floor(t / 3600e9);
    t -= H * 3600e9;
    const m = Math.floor(t / 60e9);
    t -= m * 60e9;
    const s = Math.floor(t / 1e9);
    return new LocalDateTime(this.date.plusDays(days), H, m, s, Math.round(t - s * 1e9));
  }
  plusSeconds(n: unknown): LocalDateTime {
    return this.plusNanos(Number(n) * 1e9);
  }
  minusSeconds(n: unknown): LocalDateTime {
    return this.plusNanos(-Number(n) * 1e9);
  }
  plusMinutes(n: unknown): LocalDateTime {
    return this.plusNanos(Number(n) * 60e9);
  }
  minusMinutes(n: unknown): LocalDateTime {
    return this.plusNanos(-Number(n) * 60e9);
  }
  plusHours(n: unknown): LocalDateTime {
    return this.plusNanos(Number(n) * 3600e9);
  }
  minusHours(n: unknown): LocalDateTime {
    return this.plusNanos(-Number(n) * 3600e9);
  }
  private withDate(d: LocalDate): LocalDateTime {
    return new LocalDateTime(d, this.H, this.m, this.s, this.n);
  }
  plusDays(n: unknown): LocalDateTime {
    return this.withDate(this.date.plusDays(n));
  }
  minusDays(n: unknown): LocalDateTime {
    return this.withDate(this.date.minusDays(n));
  }
  plusWeeks(n: unknown): LocalDateTime {
    return this.withDate(this.date.plusWeeks(n));
  }
  minusWeeks(n: unknown): LocalDateTime {
    return this.withDate(this.date.minusWeeks(n));
  }
  plusMonths(n: unknown): LocalDateTime {
    return this.withDate(this.date.plusMonths(n));
  }
  minusMonths(n: unknown): LocalDateTime {
    return this.withDate(this.date.minusMonths(n));
  }
  plusYears(n: unknown): LocalDateTime {
    return this.withDate(this.date.plusYears(n));
  }
  minusYears(n: unknown): LocalDateTime {
    return this.withDate(this.date.minusYears(n));
  }
  /** ISO, as Java writes it: seconds and fraction only when not zero (fraction in 3, 6 or 9 digits). */
  override toString(): string {
    let t = `${ISO_LOCAL_DATE.print(this.fields())}T${pad(this.H, 2)}:${pad(this.m, 2)}`;
    if (this.s || this.n) t += `:${pad(this.s, 2)}`;
    if (this.n) {
      const digits = this.n % 1e6 === 0 ? 3 : this.n % 1e3 === 0 ? 6 : 9;
      t += `.${pad(this.n, 9).slice(0, digits)}`;
    }
    return t;
  }
}

type Token = ReturnType<typeof tokenize>[number];

export class DateTimeFormatter {
  private readonly tokens: Token[];
  constructor(
    private readonly pattern: string,
    /** The ISO formatters: optional seconds and fraction when parsing, Java's toString when printing. */
    private readonly iso = false,
  ) {
    this.tokens = tokenize(pattern);
    for (const t of this.tokens)
      if ('ch' in t && !/[yuMLdDHhkKmsSnaEVXxZzOeGQq]/.test(t.ch))
        throw env().jthrow(
          env().exceptions.IllegalArgumentException ?? Error,
          `Unknown pattern letter: ${t.ch}`,
        );
  }
  static ofPattern(p: unknown): DateTimeFormatter {
    return new DateTimeFormatter(env().str(p));
  }
  withLocale(): DateTimeFormatter {
    return this;
  }
  withZone(): DateTimeFormatter {
    return this;
  }
  format(t: unknown): unknown {
    if (!(t instanceof Temporal)) throw new TypeError('format: not a date or date-time');
    return t.format(this);
  }
  toString(): string {
    return this.pattern;
  }
  print(f: Fields): string {
    // ISO_LOCAL_DATE_TIME: seconds always, the fraction without trailing zeros when not zero.
    if (this.iso && f.time && this.pattern.includes('T')) {
      const frac = f.n ? `.${pad(f.n, 9).replace(/0+$/, '')}` : '';
      return `${pad(f.y, 4)}-${pad(f.M, 2)}-${pad(f.d, 2)}T${pad(f.H, 2)}:${pad(f.m, 2)}:${pad(f.s, 2)}${frac}`;
    }
    return this.tokens
      .map((t) => {
        if ('lit' in t) return t.lit;
        const n = t.n;
        const needTime = (field: string): void => {
          if (!f.time) throw unsupported(field);
        };
        switch (t.ch) {
          case 'y':
          case 'u':
            return n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
          case 'M':
          case 'L':
            return n >= 4 ? MONTHS[f.M - 1]! : n === 3 ? MONTHS[f.M - 1]!.slice(0, 3) : pad(f.M, n);
          case 'd':
            return pad(f.d, n);
          case 'D':
            return pad(epochDay(f.y, f.M, f.d) - epochDay(f.y, 1, 1) + 1, n);
          case 'E': {
            const day = DAYS[(((epochDay(f.y, f.M, f.d) + 4) % 7) + 7) % 7]!;
            return n >= 4 ? day : day.slice(0, 3);
          }
          case 'H':
            needTime('HourOfDay');
            return pad(f.H, n);
          case 'h':
            needTime('ClockHourOfAmPm');
            return pad(f.H % 12 || 12, n);
          case 'k':
            needTime('ClockHourOfDay');
            return pad(f.H || 24, n);
          case 'K':
            needTime('HourOfAmPm');
            return pad(f.H % 12, n);
          case 'm':
            needTime('MinuteOfHour');
            return pad(f.m, n);
          case 's':
            needTime('SecondOfMinute');
            return pad(f.s, n);
          case 'S':
            needTime('NanoOfSecond');
            return pad(f.n, 9).slice(0, n) + '0'.repeat(Math.max(0, n - 9));
          case 'n':
            needTime('NanoOfSecond');
            return pad(f.n, n);
          case 'a':
            needTime('AmPmOfDay');
            return f.H < 12 ? 'AM' : 'PM';
          default:
            throw unsupported('OffsetSeconds');
        }
      })
      .join('');
  }
  /** Parse the whole text (Java's DateTimeParseException with its index when it does not fit). */
  read(s: string, want: 'date' | 'datetime'): Fields {
    const v: Fields = { y: NaN, M: NaN, d: NaN, H: NaN, m: NaN, s: 0, n: 0, time: true };
    let pos = 0;
    let pm: boolean | null = null;
    const at = (): Error => parseFailure(s, ` at index ${pos}`);
    const tokens =
      this.iso && this.pattern.includes('T') ? tokenize(this.isoPatternFor(s)) : this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if ('lit' in t) {
        if (s.substr(pos, t.lit.length) !== t.lit) throw at();
        pos += t.lit.length;
        continue;
      }
      if ((t.ch === 'M' || t.ch === 'L') && t.n >= 3) {
        const word = /^[A-Za-z]+/.exec(s.slice(pos))?.[0] ?? '';
        const idx = MONTHS.findIndex((x) => (t.n === 3 ? x.slice(0, 3) : x) === word);
        if (idx < 0) throw at();
        v.M = idx + 1;
        pos += word.length;
        continue;
      }
      if (t.ch === 'E') {
        const word = /^[A-Za-z]+/.exec(s.slice(pos))?.[0] ?? '';
        if (!DAYS.some((x) => (t.n >= 4 ? x : x.slice(0, 3)) === word)) throw at();
        pos += word.length;
        continue;
      }
      if (t.ch === 'a') {
        const m = /^(AM|PM)/.exec(s.slice(pos));
        if (!m) throw at();
        pm = m[0] === 'PM';
        pos += 2;
        continue;
      }
      // Numbers: a width of 1 takes what digits there are (up to the next numeric field's need);
      // wider fields take exactly their width (a year of 4 or more takes 4 to 10 digits).
      const next = tokens[i + 1];
      const adjacent = next !== undefined && 'ch' in next;
      const min = t.n;
      let max = t.n;
      if (t.n === 1) max = adjacent ? 1 : 10;
      if ((t.ch === 'y' || t.ch === 'u') && t.n !== 2) max = adjacent ? t.n : 10;
      const m = new RegExp(`^\\d{${min},${max}}`).exec(s.slice(pos));
      if (!m) throw at();
      const num = Number(m[0]);
      pos += m[0].length;
      switch (t.ch) {
        case 'y':
        case 'u':
          v.y = t.n === 2 ? 2000 + num : num;
          break;
        case 'M':
        case 'L':
          v.M = num;
          break;
        case 'd':
          v.d = num;
          break;
        case 'H':
        case 'k':
          v.H = num;
          break;
        case 'h':
        case 'K':
          v.H = num % 12;
          break;
        case 'm':
          v.m = num;
          break;
        case 's':
          v.s = num;
          break;
        case 'S':
          v.n = Number(m[0].padEnd(9, '0').slice(0, 9));
          break;
        case 'n':
          v.n = num;
          break;
        default:
          break;
      }
    }
    if (pos < s.length) throw parseFailure(s, `, unparsed text found at index ${pos}`);
    if (pm !== null && !Number.isNaN(v.H)) v.H += pm ? 12 : 0;
    if (Number.isNaN(v.y) || Number.isNaN(v.M) || Number.isNaN(v.d))
      throw parseFailure(
        s,
        `: Unable to obtain Local${want === 'date' ? 'Date' : 'DateTime'} from TemporalAccessor`,
      );
    if (want === 'datetime' && (Number.isNaN(v.H) || Number.isNaN(v.m))) {
      if (Number.isNaN(v.H))
        throw parseFailure(s, ': Unable to obtain LocalDateTime from TemporalAccessor');
      v.m = Number.isNaN(v.m) ? 0 : v.m;
    }
    const bad = badDate(v.y, v.M, v.d);
    if (bad) throw parseFailure(s, `: ${bad}`);
    if (Number.isNaN(v.H)) v.H = 0;
    if (Number.isNaN(v.m)) v.m = 0;
    if (v.H > 23) throw parseFailure(s, `: ${invalid('HourOfDay', '0 - 23', v.H)}`);
    if (v.m > 59) throw parseFailure(s, `: ${invalid('MinuteOfHour', '0 - 59', v.m)}`);
    if (v.s > 59) throw parseFailure(s, `: ${invalid('SecondOfMinute', '0 - 59', v.s)}`);
    return v;
  }
  /** ISO_LOCAL_DATE_TIME's optional seconds and fraction, as the text has them. */
  private isoPatternFor(s: string): string {
    const frac = /\.(\d+)$/.exec(s);
    return s.length <= 16
      ? "yyyy-MM-dd'T'HH:mm"
      : `yyyy-MM-dd'T'HH:mm:ss${frac ? `.${'S'.repeat(Math.min(frac[1]!.length, 9))}` : ''}`;
  }
}

const ISO_LOCAL_DATE = new DateTimeFormatter('yyyy-MM-dd', true);
const ISO_LOCAL_DATE_TIME = new DateTimeFormatter("yyyy-MM-dd'T'HH:mm", true);
const BASIC_ISO_DATE = new DateTimeFormatter('yyyyMMdd');

export function installJavaTime(e: ShimEnv): ClassTable {
  ENV = e;
  const statics = DateTimeFormatter as unknown as Record<string, unknown>;
  statics.ISO_LOCAL_DATE = ISO_LOCAL_DATE;
  statics.ISO_DATE = ISO_LOCAL_DATE;
  statics.ISO_LOCAL_DATE_TIME = ISO_LOCAL_DATE_TIME;
  statics.BASIC_ISO_DATE = BASIC_ISO_DATE;
  const DayOfWeek: Record<string, unknown> = { values: () => DAY_OF_WEEK.slice() };
  for (const d of DAY_OF_WEEK) DayOfWeek[d.constant] = d;
  const Month: Record<string, unknown> = {
    values: () => MONTH.slice(),
    of: (n: number) => MONTH[n - 1],
  };
  for (const m of MONTH) Month[m.constant] = m;
  return {
    'java.time.LocalDate': LocalDate,
    'java.time.LocalDateTime': LocalDateTime,
    'java.time.format.DateTimeFormatter': DateTimeFormatter,
    'java.time.DayOfWeek': DayOfWeek,
    'java.time.Month': Month,
  };
}
