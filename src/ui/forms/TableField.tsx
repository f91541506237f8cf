import type { FieldSpec } from '../../core';
import { FieldControl, type ScriptChoices } from './FieldControl';

type TableSpec = Extract<FieldSpec, { kind: 'table' }>;
type Row = Record<string, unknown>;

interface Props {
  field: TableSpec;
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  scripts?: ScriptChoices;
}

/** `list` with the item at `from` moved to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Rows of sub-fields (Content Modifier headers, Router routes): add, remove, reorder. */
export function TableField({ field, id, value, onChange, scripts }: Props) {
  const rows: Row[] = Array.isArray(value) ? (value as Row[]) : [];
  const setRow = (i: number, key: string, v: unknown) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)));
  return (
    <div className="ifs-table" id={id} role="group" aria-labelledby={`${id}-label`}>
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              {field.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="ifs-sr-only">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {field.columns.map((c) => (
                  <td key={c.key}>
                    {!c.visibleWhen || c.visibleWhen(row) ? (
                      <FieldControl
                        field={
                          c.kind === 'text' && c.rowPlaceholder
                            ? { ...c, placeholder: c.rowPlaceholder(row) }
                            : c
                        }
                        id={`${id}-${i}-${c.key}`}
                        value={row[c.key]}
                        ariaLabel={`${c.label}, row ${i + 1}`}
                        onChange={(v) => setRow(i, c.key, v)}
                        scripts={scripts}
                      />
                    ) : null}
                  </td>
                ))}
                <td className="ifs-table__actions">
                  <button
                    type="button"
                    className="ifs-icon-btn"
                    aria-label={`Move row ${i + 1} up`}
                    title="Move up"
                    disabled={i === 0}
                    onClick={() => onChange(move(rows, i, i - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="ifs-icon-btn"
                    aria-label={`Move row ${i + 1} down`}
                    title="Move down"
                    disabled={i === rows.length - 1}
                    onClick={() => onChange(move(rows, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="ifs-icon-btn"
                    aria-label={`Remove row ${i + 1}`}
                    title="Remove row"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="ifs-btn ifs-btn--small"
        onClick={() => onChange([...rows, field.newRow()])}
      >
        Add {field.label} row
      </button>
    </div>
  );
}
