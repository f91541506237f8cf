import { useRef } from 'react';
import type { EntryRow } from '../../store/simulationStore';
import { focusRow } from '../forms/rowFocus';
import { duplicateNames, newRow } from './inputDraft';

export interface EntryRowsEditorProps {
  /** "Header" or "Property": names the inputs ("Header name") and buttons ("Add header"). */
  noun: 'Header' | 'Property';
  title: string;
  rows: EntryRow[];
  onChange: (rows: EntryRow[]) => void;
}

/** Editable name/value rows of the input message's headers or properties. */
export function EntryRowsEditor({ noun, title, rows, onChange }: EntryRowsEditorProps) {
  const lower = noun.toLowerCase();
  const dup = duplicateNames(rows);
  const edit = (id: string, patch: Partial<EntryRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const list = useRef<HTMLFieldSetElement>(null);
  return (
    <fieldset className="ifs-sim-rows" ref={list}>
      <legend>{title}</legend>
      {rows.length > 0 && (
        <table>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input
                    className="ifs-input"
                    aria-label={`${noun} name`}
                    value={r.name}
                    placeholder="Name"
                    aria-invalid={dup.has(r.name.trim()) || undefined}
                    title={
                      dup.has(r.name.trim())
                        ? `Used twice: the last ${lower} with this name counts`
                        : undefined
                    }
                    onChange={(e) => edit(r.id, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="ifs-input"
                    aria-label={`${noun} value`}
                    value={r.value}
                    placeholder="Value"
                    onChange={(e) => edit(r.id, { value: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    aria-label={`Remove ${lower} ${i + 1}`}
                    title={`Remove ${lower}`}
                    onClick={() => {
                      onChange(rows.filter((x) => x.id !== r.id));
                      focusRow(list.current, i);
                    }}
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
        className="btn btn-sm"
        onClick={() => {
          onChange([...rows, newRow()]);
          focusRow(list.current, rows.length);
        }}
      >
        Add {lower}
      </button>
    </fieldset>
  );
}
