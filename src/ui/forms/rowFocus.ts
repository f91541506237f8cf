/**
 * Keeps the keyboard focus in an editable list of name/value rows (a `<table>` of rows followed
 * by an "Add …" button, both children of `list`) once the list has been drawn again: after Add,
 * the new row's name field; after a row's remove button, the name field of the row now at its
 * place (the next one, or the last), or Add when no row is left. Without this the focus stays
 * on Add, away from the new fields, or falls to the page with the removed button.
 */
export function focusRow(list: HTMLElement | null, index: number): void {
  requestAnimationFrame(() => {
    const rows = list?.querySelectorAll('tbody tr') ?? [];
    const row = rows[Math.min(index, rows.length - 1)];
    const target =
      row?.querySelector<HTMLElement>('input:not([type])') ??
      list?.querySelector<HTMLElement>(':scope > button');
    target?.focus();
  });
}
