import { useId, useRef } from 'react';
import { focusRow } from '../../forms/rowFocus';
import { headerRowError, type HeaderRow } from './consoleModel';

/** Editable request headers: enabled, name, value per row. */
export function HeadersTable({
  rows,
  onChange,
}: {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}) {
  const update = (i: number, patch: Partial<HeaderRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const list = useRef<HTMLFieldSetElement>(null);
  const errorId = useId();
  return (
    <fieldset className="tenant-fieldset" ref={list}>
      <legend>Headers</legend>
      {rows.length > 0 && (
        <table className="table tenant-headers" aria-label="Request headers">
          <thead>
            <tr>
              <th>On</th>
              <th>Name</th>
              <th>Value</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const error = headerRowError(r);
              const invalid = (field: 'name' | 'value') =>
                error?.field === field
                  ? { 'aria-invalid': true, 'aria-describedby': `${errorId}-${i}` }
                  : {};
              return (
                <tr key={i}>
                  <td>
                    <input
                      type="checkbox"
                      checked={r.enabled}
                      aria-label={`Send header ${i + 1}`}
                      onChange={(e) => update(i, { enabled: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      className="input"
                      aria-label={`Header name ${i + 1}`}
                      value={r.name}
                      onChange={(e) => update(i, { name: e.target.value })}
                      {...invalid('name')}
                    />
                    {error?.field === 'name' && (
                      <p className="field-error" id={`${errorId}-${i}`}>
                        {error.message}
                      </p>
                    )}
                  </td>
                  <td>
                    <input
                      className="input"
                      aria-label={`Header value ${i + 1}`}
                      value={r.value}
                      onChange={(e) => update(i, { value: e.target.value })}
                      {...invalid('value')}
                    />
                    {error?.field === 'value' && (
                      <p className="field-error" id={`${errorId}-${i}`}>
                        {error.message}
                      </p>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-sm btn-ghost"
                      aria-label={`Remove header ${i + 1}`}
                      onClick={() => {
                        onChange(rows.filter((_, j) => j !== i));
                        focusRow(list.current, i);
                      }}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => {
          onChange([...rows, { name: '', value: '', enabled: true }]);
          focusRow(list.current, rows.length);
        }}
      >
        Add header
      </button>
    </fieldset>
  );
}
