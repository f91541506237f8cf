// java.util.Date, UUID, Base64, TimeZone, Arrays, Collections, java.text.SimpleDateFormat and
// javax.xml.bind.DatatypeConverter, as CPI scripts use them. Dates are formatted and parsed in the
// zone of the format (UTC unless set). The sandbox has no time-zone database: the zones CPI scripts
// name most (CET, Europe/Berlin, America/New_York, …) come with today's daylight-saving rules
// (timeZones.ts); other unknown ids fall back to GMT, as Java does for an unknown id.
import { DAYS, MONTHS } from '../../expression/formatJavaDate';
import { base64Decode, base64Encode } from './base64';
import { callable } from './callable';
import type { ClassTable, ShimEnv } from './env';
import { nameAt, offsetAt, zoneInfo, type ZoneInfo } from './timeZones';

/** What java.util needs from the prelude beyond the common environment. */
export interface JavaUtilEnv extends ShimEnv {
  /** Text of any value as Java's String.valueOf would give it. */
  describe(v: unknown): string;
  /** A java.util.ArrayList over these items (copied). */
  newList(items?: unknown[]): unknown;
  /** An empty java.util.HashMap. */
  newMap(): unknown;
}

/** The list methods Collections uses (the prelude's JavaList). */
interface JavaListLike {
  sort(cmp?: unknown): void;
  toArray(): unknown[];
  clear(): void;
  addAll(items: unknown[]): boolean;
}

let ENV: JavaUtilEnv | null = null;
function env(): JavaUtilEnv {
  if (!ENV) throw new Error('java.util: not installed');
  return ENV;
}

export class JavaDate extends Date {
  constructor(v?: unknown) {
    if (v === undefined) super();
    else super(v instanceof Date ? v.getTime() : (v as number | string));
  }
  before(d: Date): boolean {
    return this.getTime() < d.getTime();
  }
  after(d: Date): boolean {
    return this.getTime() > d.getTime();
  }
  compareTo(d: Date): number {
    return Math.sign(this.getTime() - d.getTime());
  }
  equals(d: unknown): boolean {
    return d instanceof Date && d.getTime() === this.getTime();
  }
  override toString(): string {
    return String(new SimpleDateFormatClass('EEE MMM dd HH:mm:ss zzz yyyy').format(this));
  }
  getClass(): typeof JavaDate {
    return JavaDate;
  }
  /** Groovy's Date.parse(format, text[, zone]); Date.parse(text) stays Java's (milliseconds). */
  static override parse(text: string, input?: unknown, zone?: unknown): number {
    if (input === undefined) return Date.parse(text);
    const f = new SimpleDateFormatClass(text);
    if (zone instanceof TimeZone) f.setTimeZone(zone);
    return f.parse(input) as unknown as number;
  }
}

export class TimeZone {
  constructor(
    readonly id: string,
    /** Minutes east of UTC (in standard time). */
    readonly offset: number,
    /** A named zone's daylight-saving rule and names. */
    readonly zone?: ZoneInfo,
  ) {}
  getID(): unknown {
    return env().jstr(this.id);
  }
  getRawOffset(): number {
    return this.offset * 60000;
  }
  /** Minutes east of UTC at this instant (daylight saving included). */
  offsetAt(ms: number): number {
    return this.zone ? offsetAt(this.zone, ms) : this.offset;
  }
  getOffset(ms: unknown): number {
    return this.offsetAt(Number(ms)) * 60000;
  }
  inDaylightTime(d: Date): boolean {
    return this.offsetAt(d.getTime()) !== this.offset;
  }
  useDaylightTime(): boolean {
    return !!this.zone?.rule;
  }
  /** SimpleDateFormat's `z` at this instant: CET / CEST, or UTC / GMT+02:00. */
  shortName(ms: number): string | null {
    return this.zone ? nameAt(this.zone, ms) : null;
  }
  static getTimeZone(id: unknown): TimeZone {
    const text = env().str(id);
    const named = zoneInfo(text);
    if (named) return new TimeZone(text, named.std, named);
    const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
    if (m)
      return new TimeZone(text, (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0)));
    // Like Java, an unknown zone id falls back to GMT (the sandbox has no time zone database).
    return new TimeZone(/^(UTC|GMT|Z)$/.test(text) ? text : 'GMT', 0);
  }
  static getDefault(): TimeZone {
    return new TimeZone('UTC', 0);
  }
}

/** java.util.Locale: passed to formatters, which format in English whatever the locale. */
export class Locale {
  constructor(
    readonly language: string,
    readonly country = '',
  ) {}
  getLanguage(): unknown {
    return env().jstr(this.language);
  }
  getCountry(): unknown {
    return env().jstr(this.country);
  }
  toString(): string {
    return this.country ? `${this.language}_${this.country}` : this.language;
  }
  equals(o: unknown): boolean {
    return o instanceof Locale && o.toString() === this.toString();
  }
  static getDefault(): Locale {
    return LOCALES.US!;
  }
}
const LOCALES: Record<string, Locale> = {
  ENGLISH: new Locale('en'),
  US: new Locale('en', 'US'),
  UK: new Locale('en', 'GB'),
  GERMAN: new Locale('de'),
  GERMANY: new Locale('de', 'DE'),
  FRENCH: new Locale('fr'),
  FRANCE: new Locale('fr', 'FR'),
  ROOT: new Locale(''),
};
Object.assign(Locale, LOCALES);

export function pad(n: number, w: number): string {
  let s = String(Math.abs(n));
  while (s.length < w) s = `0${s}`;
  return (n < 0 ? '-' : '') + s;
}

type Token = { lit: string } | { ch: string; n: number };

export function tokenize(pattern: string): Token[] {
  const re = /'([^']*)'|([A-Za-z])\2*|[^A-Za-z']+/g;
  const out: Token[] = [];
  let m;
  while ((m = re.exec(pattern))) {
    if (m[1] !== undefined) out.push({ lit: m[1] === '' ? "'" : m[1] });
    else if (m[2]) out.push({ ch: m[2], n: m[0].length });
    else out.push({ lit: m[0] });
  }
  return out;
}

function offsetText(min: number, n: number, ch: string): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  const h = pad(Math.floor(a / 60), 2);
  const m = pad(a % 60, 2);
  if (ch === 'X' && min === 0) return 'Z';
  if (ch === 'z') return min === 0 ? 'UTC' : `GMT${sign}${h}:${m}`;
  return n >= 3 || (ch === 'X' && n === 3)
    ? `${sign}${h}:${m}`
    : ch === 'X' && n === 1
      ? sign + h
      : sign + h + m;
}

function parseError(s: string): Error {
  const E = env().exceptions.ParseException ?? Error;
  return env().jthrow(E, `Unparseable date: "${s}"`);
}

class SimpleDateFormatClass {
  _tokens: Token[];
  _tz: TimeZone;
  constructor(pattern?: unknown) {
    this._tokens = tokenize(
      pattern === undefined ? "yyyy-MM-dd'T'HH:mm:ss.SSSZ" : env().str(pattern),
    );
    this._tz = TimeZone.getDefault();
  }
  setTimeZone(tz: TimeZone): void {
    this._tz = tz;
  }
  getTimeZone(): TimeZone {
    return this._tz;
  }
  setLenient(): void {}
  format(date: number | Date): unknown {
    const ms = typeof date === 'number' ? date : date.getTime();
    const tz = this._tz;
    const offset = tz.offsetAt(ms);
    const d = new Date(ms + offset * 60000);
    const f = {
      y: d.getUTCFullYear(),
      M: d.getUTCMonth(),
      d: d.getUTCDate(),
      H: d.getUTCHours(),
      m: d.getUTCMinutes(),
      s: d.getUTCSeconds(),
      S: d.getUTCMilliseconds(),
      E: d.getUTCDay(),
    };
    const month = MONTHS[f.M]!;
    const day = DAYS[f.E]!;
    const text = this._tokens.map((t) => {
      if ('lit' in t) return t.lit;
      switch (t.ch) {
        case 'y':
          return t.n === 2 ? pad(f.y % 100, 2) : pad(f.y, t.n);
        case 'M':
          return t.n >= 4 ? month : t.n === 3 ? month.slice(0, 3) : pad(f.M + 1, t.n);
        case 'd':
          return pad(f.d, t.n);
        case 'H':
          return pad(f.H, t.n);
        case 'h':
          return pad(f.H % 12 || 12, t.n);
        case 'm':
          return pad(f.m, t.n);
        case 's':
          return pad(f.s, t.n);
        case 'S':
          return pad(f.S, 3).slice(0, Math.max(t.n, 3)) + (t.n > 3 ? pad(0, t.n - 3) : '');
        case 'E':
          return t.n >= 4 ? day : day.slice(0, 3);
        case 'a':
          return f.H < 12 ? 'AM' : 'PM';
        case 'Z':
        case 'X':
        case 'z':
        case 'x':
          return (t.ch === 'z' && tz.shortName(ms)) || offsetText(offset, t.n, t.ch);
        default: {
          const E = env().exceptions.IllegalArgumentException ?? Error;
          throw env().jthrow(E, `Illegal pattern character '${t.ch}'`);
        }
      }
    });
    return env().jstr(text.join(''));
  }
  parse(input: unknown): JavaDate {
    const s = env().str(input);
    let pos = 0;
    const v = { y: 1970, M: 0, d: 1, H: 0, m: 0, s: 0, S: 0 };
    let off: number | null = null;
    let pm: boolean | null = null;
    for (const t of this._tokens) {
      if ('lit' in t) {
        if (s.substr(pos, t.lit.length) !== t.lit) throw parseError(s);
        pos += t.lit.length;
        continue;
      }
      let m: RegExpExecArray | null;
      if (t.ch === 'M' && t.n >= 3) {
        m = /^[A-Za-z]+/.exec(s.slice(pos));
        const word = m ? m[0].slice(0, 3).toLowerCase() : '';
        const idx = m ? MONTHS.findIndex((x) => x.slice(0, 3).toLowerCase() === word) : -1;
        if (!m || idx < 0) throw parseError(s);
        v.M = idx;
        pos += m[0].length;
        continue;
      }
      if (t.ch === 'E') {
        m = /^[A-Za-z]+/.exec(s.slice(pos));
        pos += m ? m[0].length : 0;
        continue;
      }
      if (t.ch === 'a') {
        m = /^(AM|PM)/i.exec(s.slice(pos));
        pm = m ? m[0].toUpperCase() === 'PM' : null;
        pos += m ? 2 : 0;
        continue;
      }
      if (t.ch === 'Z' || t.ch === 'X' || t.ch === 'z' || t.ch === 'x') {
        m = /^(Z|UTC|GMT)?(?:([+-])(\d{2}):?(\d{2})?)?/.exec(s.slice(pos));
        if (m && m[2]) off = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] || 0));
        else if (m && m[1]) off = 0;
        pos += m ? m[0].length : 0;
        continue;
      }
      const width = t.n > 2 && t.ch !== 'y' ? t.n : t.ch === 'y' ? 4 : 2;
      m = new RegExp(`^\\d{1,${width}}`).exec(s.slice(pos));
      if (!m) throw parseError(s);
      const n = Number(m[0]);
      pos += m[0].length;
      if (t.ch === 'y') v.y = t.n === 2 ? 2000 + n : n;
      else if (t.ch === 'M') v.M = n - 1;
      else if (t.ch === 'd') v.d = n;
      else if (t.ch === 'H' || t.ch === 'h') v.H = n;
      else if (t.ch === 'm') v.m = n;
      else if (t.ch === 's') v.s = n;
      else if (t.ch === 'S') v.S = n;
    }
    if (pm !== null) v.H = (v.H % 12) + (pm ? 12 : 0);
    const local = Date.UTC(v.y, v.M, v.d, v.H, v.m, v.s, v.S);
    if (off === null) {
      // The zone's offset at that local time: tried with standard time, then with the result.
      const tz = this._tz;
      off = tz.offsetAt(local - tz.offset * 60000);
      const again = tz.offsetAt(local - off * 60000);
      if (again !== off) off = tz.offsetAt(local - again * 60000) === again ? again : off;
    }
    return new JavaDate(local - off * 60000);
  }
}

/** java.text.SimpleDateFormat (also callable without `new`, as in Rhino). */
export const SimpleDateFormat = callable(SimpleDateFormatClass);
export type SimpleDateFormat = SimpleDateFormatClass;

/** A java.util.UUID: Java's toString, and a string wherever JavaScript wants one. */
function uuid(s: string): object {
  return {
    toString: () => env().jstr(s),
    valueOf: () => s,
    toJSON: () => s,
  };
}

function b64Coder(url: boolean, mime?: boolean): object {
  return {
    encodeToString: (v: unknown) => env().jstr(base64Encode(env().toBytes(v), url)),
    encode: (v: unknown) => new Int8Array(env().utf8Encode(base64Encode(env().toBytes(v), url))),
    decode: (v: unknown) => base64Decode(env().str(v)),
    withoutPadding: () => b64Coder(url, mime),
  };
}

export function installJavaUtil(e: JavaUtilEnv): ClassTable {
  ENV = e;
  const UUID = {
    randomUUID(): object {
      const s = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
        const r = (Math.random() * 16) | 0;
        return (c === 'x' ? r : (r & 3) | 8).toString(16);
      });
      return uuid(s);
    },
  };
  const Base64 = {
    getEncoder: () => b64Coder(false),
    getDecoder: () => b64Coder(false),
    getUrlEncoder: () => b64Coder(true),
    getUrlDecoder: () => b64Coder(true),
    getMimeEncoder: () => b64Coder(false, true),
    getMimeDecoder: () => b64Coder(false, true),
  };
  const DatatypeConverter = {
    printBase64Binary: (v: unknown) => e.jstr(base64Encode(e.toBytes(v))),
    parseBase64Binary: (v: unknown) => base64Decode(e.str(v)),
  };
  const Arrays = {
    asList: (...items: unknown[]) =>
      e.newList(items.length === 1 && Array.isArray(items[0]) ? (items[0] as unknown[]) : items),
    toString: (a: ArrayLike<unknown>) =>
      e.jstr(`[${Array.prototype.map.call(a, (x: unknown) => e.describe(x)).join(', ')}]`),
  };
  const Collections = {
    sort: (list: JavaListLike, cmp?: unknown) => list.sort(cmp),
    reverse: (list: JavaListLike) => {
      const items = list.toArray().reverse();
      list.clear();
      list.addAll(items);
    },
    emptyList: () => e.newList(),
    emptyMap: () => e.newMap(),
  };
  return {
    'java.util.Date': JavaDate,
    'java.util.UUID': UUID,
    'java.util.Base64': Base64,
    'java.util.TimeZone': TimeZone,
    'java.util.Locale': Locale,
    'java.util.Arrays': Arrays,
    'java.util.Collections': Collections,
    'java.text.SimpleDateFormat': SimpleDateFormat,
    'javax.xml.bind.DatatypeConverter': DatatypeConverter,
  };
}
