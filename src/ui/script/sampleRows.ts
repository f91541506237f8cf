/** One editable row of the sample headers/properties tables. */
export interface NameValueRow {
  name: string;
  value: string;
}

export function recordToRows(record: Record<string, string>): NameValueRow[] {
  return Object.entries(record).map(([name, value]) => ({ name, value }));
}

/** Rows as saved with the flow: rows without a name are drafts and skipped; a later duplicate wins. */
export function rowsToRecord(rows: NameValueRow[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (name) record[name] = row.value;
  }
  return record;
}

export function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k])
  );
}
