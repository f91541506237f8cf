import { useRef } from 'react';
import { focusRow } from '../forms/rowFocus';
import type { NameValueRow } from './sampleRows';

export interface NameValueTableProps {
  /** "Header" or "Property": names the inputs ("Header name") and buttons ("Add header"). */
  noun: 'Header' | 'Property';
  rows: NameValueRow[];
  onChange: (rows: NameValueRow[]) => void;
}

/** Editable name/value rows of the sample message (headers or properties). */
export function NameValueTable({ noun, rows, onChange }: NameValueTableProps) {
  const lower = noun.toLowerCase();
  const update = (index: number, patch: Partial<NameValueRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const list = useRef<HTMLDivElement>(null);
  return (
    <div className="ifs-nv" ref={list}>
      {rows.length > 0 && (
        <table>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`${noun} name`}
                    value={row.name}
                    spellCheck={false}
                    onChange={(e) => update(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${noun} value`}
                    value={row.value}
                    spellCheck={false}
                    onChange={(e) => update(i, { value: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove ${lower} ${row.name || i + 1}`}
                    title={`Remove ${lower}`}
                    onClick={() => {
                      onChange(rows.filter((_, j) => j !== i));
                      focusRow(list.current, i);
                    }}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="ifs-nv-add"
        onClick={() => {
          onChange([...rows, { name: '', value: '' }]);
          focusRow(list.current, rows.length);
        }}
      >
        Add {lower}
      </button>
    </div>
  );
}
