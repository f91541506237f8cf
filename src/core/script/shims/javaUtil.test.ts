import { beforeAll, describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from './base64';
import {
  installJavaUtil,
  JavaDate,
  SimpleDateFormat,
  TimeZone,
  type JavaUtilEnv,
} from './javaUtil';
import { testEnv } from './testEnv';

type Table = Record<string, Record<string, (...args: unknown[]) => unknown>>;

function utilEnv(): JavaUtilEnv {
  return {
    ...testEnv(),
    describe: (v) => String(v),
    newList: (items) => [...(items ?? [])],
    newMap: () => new Map(),
  };
}

describe('java.util / java.text shims', () => {
  let classes: Table;
  beforeAll(() => {
    classes = installJavaUtil(utilEnv()) as Table;
  });

  it('formats and parses in named zones with their daylight-saving rules (as Java does)', () => {
    const f = new SimpleDateFormat('yyyy-MM-dd HH:mm z XXX');
    const cases: [string, number, string][] = [
      ['CET', 1711846799000, '2024-03-31 01:59 CET +01:00'],
      ['Europe/Berlin', 1711846800000, '2024-03-31 03:00 CEST +02:00'],
      ['Europe/London', 1719835200000, '2024-07-01 13:00 BST +01:00'],
      ['America/New_York', 1733400000000, '2024-12-05 07:00 EST -05:00'],
      ['America/Los_Angeles', 1719835200000, '2024-07-01 05:00 PDT -07:00'],
      ['Asia/Kolkata', 1719835200000, '2024-07-01 17:30 IST +05:30'],
      ['Australia/Sydney', 1733400000000, '2024-12-05 23:00 AEDT +11:00'],
    ];
    for (const [id, ms, text] of cases) {
      f.setTimeZone(TimeZone.getTimeZone(id));
      expect(String(f.format(ms)), id).toBe(text);
    }
    const p = new SimpleDateFormat('yyyy-MM-dd HH:mm');
    p.setTimeZone(TimeZone.getTimeZone('Europe/Berlin'));
    expect(p.parse('2024-07-01 12:00').getTime()).toBe(Date.UTC(2024, 6, 1, 10));
    expect(p.parse('2024-01-01 12:00').getTime()).toBe(Date.UTC(2024, 0, 1, 11));
    expect(p.parse('2024-03-31 03:30').getTime()).toBe(Date.UTC(2024, 2, 31, 1, 30));
    const cet = TimeZone.getTimeZone('CET');
    expect(cet.getOffset(1719835200000)).toBe(7_200_000);
    expect(cet.getRawOffset()).toBe(3_600_000);
    expect(cet.useDaylightTime()).toBe(true);
  });

  it('formats and parses dates as SimpleDateFormat in the format zone', () => {
    const at = Date.UTC(2024, 1, 9, 13, 5, 7, 42);
    const f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    expect(String(f.format(at))).toBe('2024-02-09T13:05:07.042Z');
    f.setTimeZone(TimeZone.getTimeZone('GMT+02:00'));
    expect(String(f.format(new Date(at)))).toBe('2024-02-09T15:05:07.042+02:00');
    expect(String(new SimpleDateFormat('EEE, dd MMM yyyy hh a').format(at))).toBe(
      'Fri, 09 Feb 2024 01 PM',
    );
    const parsed = new SimpleDateFormat('dd.MM.yyyy HH:mm Z').parse('09.02.2024 15:05 +0200');
    expect(parsed).toBeInstanceOf(JavaDate);
    expect(parsed.getTime()).toBe(Date.UTC(2024, 1, 9, 13, 5));
  });

  it('is callable without new, as Rhino lets scripts call a Java constructor', () => {
    const make = SimpleDateFormat as unknown as (p: string) => SimpleDateFormat;
    expect(make('yyyy')).toBeInstanceOf(SimpleDateFormat);
  });

  it('throws Java exceptions for bad patterns and unparseable dates', () => {
    expect(() => new SimpleDateFormat('yyyy-MM-dd').parse('2024/01/01')).toThrow(
      'Unparseable date: "2024/01/01"',
    );
    expect(() => new SimpleDateFormat('yyyy q').format(0)).toThrow("Illegal pattern character 'q'");
  });

  it('falls back to GMT for a time zone it does not know, as Java does for an unknown id', () => {
    expect(String(TimeZone.getTimeZone('Mars/Olympus_Mons').getID())).toBe('GMT');
    expect(String(TimeZone.getTimeZone('Europe/Berlin').getID())).toBe('Europe/Berlin');
    expect(TimeZone.getTimeZone('UTC-05:30').getRawOffset()).toBe(-330 * 60000);
  });

  it('compares dates as java.util.Date', () => {
    const a = new JavaDate(1000);
    const b = new JavaDate(new Date(2000));
    expect([a.before(b), a.after(b), a.compareTo(b), a.equals(new Date(1000))]).toEqual([
      true,
      false,
      -1,
      true,
    ]);
  });

  it('encodes Base64 in the basic and the URL alphabet, and decodes both', () => {
    const bytes = [251, 255, 191, 0, 1];
    expect(base64Encode(bytes)).toBe('+/+/AAE=');
    expect(base64Encode(bytes, true)).toBe('-_-_AAE=');
    expect([...base64Decode('-_-_AAE=')]).toEqual([-5, -1, -65, 0, 1]);
    expect([...base64Decode('+/+/\r\nAAE=')]).toEqual([-5, -1, -65, 0, 1]);
    const Base64 = classes['java.util.Base64']!;
    const encoder = Base64.getEncoder!() as Record<string, (v: unknown) => unknown>;
    expect(String(encoder.encodeToString!('hé'))).toBe('aMOp');
  });

  it('makes random version 4 UUIDs and lists from Arrays.asList', () => {
    const uuid = String(classes['java.util.UUID']!.randomUUID!());
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const Arrays = classes['java.util.Arrays']!;
    expect(Arrays.asList!(1, 2)).toEqual([1, 2]);
    expect(Arrays.asList!([3, 4])).toEqual([3, 4]);
    const toText = Arrays['toString'] as (a: unknown[]) => unknown;
    expect(String(toText([1, 'a']))).toBe('[1, a]');
  });
});
