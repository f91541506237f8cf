// The named time zones CPI scripts use most, with today's daylight-saving rules (the sandbox has
// no time-zone database): the European Union's (last Sunday of March to last Sunday of October,
// 01:00 UTC), the United States' (second Sunday of March to first Sunday of November, 02:00
// local), south-eastern Australia's, and zones without daylight saving. Dates before a rule began
// (the US rule of 2007, the EU rule of 1996) use today's rule.

type Rule = 'EU' | 'US' | 'AU' | null;

export interface ZoneInfo {
  /** Standard offset, minutes east of UTC. */
  std: number;
  rule: Rule;
  /** Short names in standard and daylight time (SimpleDateFormat's `z`). */
  names: [string, string];
}

const z = (std: number, rule: Rule, s: string, d = s): ZoneInfo => ({ std, rule, names: [s, d] });
const CET = z(60, 'EU', 'CET', 'CEST');
const WET = z(0, 'EU', 'WET', 'WEST');
const EET = z(120, 'EU', 'EET', 'EEST');

const ZONES: Record<string, ZoneInfo> = {
  CET,
  MET: z(60, 'EU', 'MET', 'MEST'),
  WET,
  EET,
  'Europe/London': z(0, 'EU', 'GMT', 'BST'),
  'Europe/Dublin': z(0, 'EU', 'GMT', 'IST'),
  'Europe/Lisbon': WET,
  'Europe/Helsinki': EET,
  'Europe/Athens': EET,
  'Europe/Bucharest': EET,
  'Europe/Sofia': EET,
  'Europe/Kiev': EET,
  'Europe/Kyiv': EET,
  'Europe/Riga': EET,
  'Europe/Tallinn': EET,
  'Europe/Vilnius': EET,
  'Europe/Istanbul': z(180, null, 'TRT'),
  'Europe/Moscow': z(180, null, 'MSK'),
  EST: z(-300, null, 'EST'),
  MST: z(-420, null, 'MST'),
  HST: z(-600, null, 'HST'),
  'America/New_York': z(-300, 'US', 'EST', 'EDT'),
  'America/Detroit': z(-300, 'US', 'EST', 'EDT'),
  'America/Toronto': z(-300, 'US', 'EST', 'EDT'),
  'US/Eastern': z(-300, 'US', 'EST', 'EDT'),
  'America/Chicago': z(-360, 'US', 'CST', 'CDT'),
  'US/Central': z(-360, 'US', 'CST', 'CDT'),
  'America/Mexico_City': z(-360, null, 'CST'),
  'America/Denver': z(-420, 'US', 'MST', 'MDT'),
  'US/Mountain': z(-420, 'US', 'MST', 'MDT'),
  'America/Phoenix': z(-420, null, 'MST'),
  'America/Los_Angeles': z(-480, 'US', 'PST', 'PDT'),
  'America/Vancouver': z(-480, 'US', 'PST', 'PDT'),
  'US/Pacific': z(-480, 'US', 'PST', 'PDT'),
  'America/Sao_Paulo': z(-180, null, 'BRT'),
  'America/Argentina/Buenos_Aires': z(-180, null, 'ART'),
  'Asia/Kolkata': z(330, null, 'IST'),
  'Asia/Calcutta': z(330, null, 'IST'),
  'Asia/Dubai': z(240, null, 'GST'),
  'Asia/Shanghai': z(480, null, 'CST'),
  'Asia/Hong_Kong': z(480, null, 'HKT'),
  'Asia/Singapore': z(480, null, 'SGT'),
  'Asia/Tokyo': z(540, null, 'JST'),
  'Asia/Seoul': z(540, null, 'KST'),
  'Australia/Brisbane': z(600, null, 'AEST'),
  'Australia/Sydney': z(600, 'AU', 'AEST', 'AEDT'),
  'Australia/Melbourne': z(600, 'AU', 'AEST', 'AEDT'),
  'Pacific/Auckland': z(720, null, 'NZST'),
  'Africa/Johannesburg': z(120, null, 'SAST'),
};
for (const city of [
  'Berlin',
  'Paris',
  'Vienna',
  'Zurich',
  'Amsterdam',
  'Brussels',
  'Madrid',
  'Rome',
  'Stockholm',
  'Oslo',
  'Copenhagen',
  'Warsaw',
  'Prague',
  'Budapest',
  'Luxembourg',
  'Bratislava',
  'Ljubljana',
  'Zagreb',
  'Belgrade',
  'Monaco',
  'Malta',
])
  ZONES[`Europe/${city}`] = CET;

export function zoneInfo(id: string): ZoneInfo | undefined {
  return Object.hasOwn(ZONES, id) ? ZONES[id] : undefined;
}

/** Day of month of the n-th (1-based; -1: last) given weekday (0 = Sunday) of a month (0-based). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7);
}

/** Whether daylight saving time is in force at this instant. */
function daylight(info: ZoneInfo, ms: number): boolean {
  const y = new Date(ms).getUTCFullYear();
  const std = info.std * 60000;
  switch (info.rule) {
    case 'EU': {
      const start = Date.UTC(y, 2, nthWeekday(y, 2, 0, -1), 1);
      const end = Date.UTC(y, 9, nthWeekday(y, 9, 0, -1), 1);
      return ms >= start && ms < end;
    }
    case 'US': {
      const start = Date.UTC(y, 2, nthWeekday(y, 2, 0, 2), 2) - std;
      const end = Date.UTC(y, 10, nthWeekday(y, 10, 0, 1), 2) - std - 3_600_000;
      return ms >= start && ms < end;
    }
    case 'AU': {
      const end = Date.UTC(y, 3, nthWeekday(y, 3, 0, 1), 3) - std - 3_600_000;
      const start = Date.UTC(y, 9, nthWeekday(y, 9, 0, 1), 2) - std;
      return ms < end || ms >= start;
    }
    default:
      return false;
  }
}

/** The zone's offset from UTC at this instant, in minutes. */
export function offsetAt(info: ZoneInfo, ms: number): number {
  return info.std + (daylight(info, ms) ? 60 : 0);
}

/** The zone's short name at this instant (CET / CEST). */
export function nameAt(info: ZoneInfo, ms: number): string {
  return info.names[daylight(info, ms) ? 1 : 0];
}
