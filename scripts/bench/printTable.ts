import type { Figure } from './figures';

function valueText(f: Figure): string {
  if (f.value === null) return 'n/a';
  const v = Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : String(f.value);
  return f.unit ? `${v} ${f.unit}` : v;
}

/** A plain-text table: area, figure, value, target, note (n/a reasons go in the note). */
export function printTable(rows: readonly Figure[]): string {
  const cells = rows.map((f) => [
    f.area,
    f.label,
    valueText(f),
    f.target ?? '',
    f.value === null ? `(${f.note ?? 'not measured'})` : (f.note ?? ''),
  ]);
  const head = ['Issue', 'Figure', 'Value', 'Target', 'Note'];
  const widths = head.map((h, i) =>
    Math.min(i === 4 ? 200 : 80, Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length))),
  );
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 2 ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0)))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const out = [line(head), rule];
  let area = '';
  for (const c of cells) {
    if (c[0] === area) c[0] = '';
    else area = c[0] ?? '';
    out.push(line(c));
  }
  return out.join('\n');
}
