import { beforeAll, describe, expect, it } from 'vitest';
import { DateTimeFormatter, installJavaTime, LocalDate, LocalDateTime } from './javaTime';
import { testEnv } from './testEnv';

const f = (p: string) => DateTimeFormatter.ofPattern(p);

describe('java.time shims (as real Java 8+ gives them)', () => {
  beforeAll(() => {
    installJavaTime(testEnv());
  });

  it('parses with a pattern and formats with another (the common CPI date mapping)', () => {
    const d = LocalDate.parse('2024-02-29T10:11:12.345', f("yyyy-MM-dd'T'HH:mm:ss.SSS"));
    expect(String(d)).toBe('2024-02-29');
    expect(String(d.format(f('dd.MM.yyy')))).toBe('29.02.2024');
    expect(String(LocalDate.parse('20240131', f('yyyyMMdd')).plusMonths(1))).toBe('2024-02-29');
    expect(String(f('EEE, dd MMM yyyy').format(LocalDate.of(2024, 3, 1)))).toBe('Fri, 01 Mar 2024');
  });

  it('writes LocalDateTime as Java does: seconds and fraction only when set', () => {
    const dt = LocalDateTime.parse('2024-03-01T08:05:00');
    expect(String(dt)).toBe('2024-03-01T08:05');
    expect(String(dt.plusSeconds(1))).toBe('2024-03-01T08:05:01');
    const iso = (DateTimeFormatter as unknown as Record<string, DateTimeFormatter>)
      .ISO_LOCAL_DATE_TIME!;
    expect(String(dt.plusHours(20).format(iso))).toBe('2024-03-02T04:05:00');
    expect(String(LocalDateTime.of(2024, 12, 31, 23, 59, 59, 120000000).plusSeconds(1))).toBe(
      '2025-01-01T00:00:00.120',
    );
    expect(String(dt.format(f("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")))).toBe(
      '2024-03-01T08:05:00.0000000Z',
    );
  });

  it('knows days of the week, months, leap years and month ends', () => {
    const d = LocalDate.parse('2024-01-31');
    expect(String(d.plusDays(30).getDayOfWeek())).toBe('FRIDAY');
    expect(String(d.getMonth())).toBe('JANUARY');
    expect(String(LocalDate.of(2023, 1, 31).plusMonths(1))).toBe('2023-02-28');
    expect(LocalDate.of(2024, 1, 5).isBefore(d)).toBe(true);
    expect(String(d.atStartOfDay())).toBe('2024-01-31T00:00');
  });

  it("fails with Java's exceptions and words", () => {
    expect(() => LocalDate.parse('2024-13-01')).toThrow(
      "Text '2024-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13",
    );
    expect(() => LocalDate.parse('2024/01/01')).toThrow(
      "Text '2024/01/01' could not be parsed at index 4",
    );
    expect(() => LocalDate.of(2023, 2, 29)).toThrow(
      "Invalid date 'February 29' as '2023' is not a leap year",
    );
    try {
      LocalDate.of(2024, 1, 1).format(f('HH:mm'));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).name).toBe('java.time.temporal.UnsupportedTemporalTypeException');
      expect((e as Error).message).toBe('Unsupported field: HourOfDay');
    }
  });
});
