/**
 * Java SimpleDateFormat patterns (the letters CPI users write in `${date:now:…}`), in UTC because
 * a CPI runtime node runs in UTC.
 */
/** Month and day names as Java's SimpleDateFormat writes them (English locale). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LETTERS = 'GyYMLdDEuaHkKhmsSzZX';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Returns an error message when the pattern uses a letter SimpleDateFormat rejects. */
export function checkJavaDatePattern(pattern: string): string | null {
  let quoted = false;
  for (const ch of pattern) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && /[A-Za-z]/.test(ch) && !LETTERS.includes(ch))
      return `Illegal pattern character '${ch}' in date pattern "${pattern}"`;
  }
  return quoted ? `Unterminated quote in date pattern "${pattern}"` : null;
}

function field(letter: string, count: number, d: Date): string {
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const hour = d.getUTCHours();
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y':
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[month] ?? '';
      if (count === 3) return (MONTHS[month] ?? '').slice(0, 3);
      return pad(month + 1, count);
    case 'd':
      return pad(d.getUTCDate(), count);
    case 'D': {
      const start = Date.UTC(year, 0, 1);
      return pad(Math.floor((d.getTime() - start) / 86400000) + 1, count);
    }
    case 'E':
      return count >= 4 ? (DAYS[d.getUTCDay()] ?? '') : (DAYS[d.getUTCDay()] ?? '').slice(0, 3);
    case 'u':
      return pad(d.getUTCDay() === 0 ? 7 : d.getUTCDay(), count);
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hour, count);
    case 'k':
      return pad(hour === 0 ? 24 : hour, count);
    case 'K':
      return pad(hour % 12, count);
    case 'h':
      return pad(hour % 12 === 0 ? 12 : hour % 12, count);
    case 'm':
      return pad(d.getUTCMinutes(), count);
    case 's':
      return pad(d.getUTCSeconds(), count);
    case 'S':
      return pad(d.getUTCMilliseconds(), count);
    case 'z':
      return count >= 4 ? 'Coordinated Universal Time' : 'UTC';
    case 'Z':
      return '+0000';
    case 'X':
      return 'Z';
    default:
      return letter.repeat(count);
  }
}

export function formatJavaDate(date: Date, pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      // '' is a literal quote; 'text' is literal text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next single quote; '' inside it is a literal quote.
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i++;
          break;
        } else out += pattern[i++];
      }
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count, date);
      i += count;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
