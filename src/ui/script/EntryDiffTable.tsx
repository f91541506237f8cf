import { diffEntries, type EntryStatus } from './diffEntries';

const MARK: Record<EntryStatus, string> = { added: '+', changed: '~', removed: '−', same: '' };

export interface EntryDiffTableProps {
  label: string;
  title: string;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

/** Output headers or properties, each marked added/changed/removed against the input. */
export function EntryDiffTable({ label, title, input, output }: EntryDiffTableProps) {
  const rows = diffEntries(input, output);
  return (
    <section role="region" aria-label={label} className="ifs-diff">
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p className="ifs-muted">None</p>
      ) : (
        <table>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className={`ifs-diff-${row.status}`} data-status={row.status}>
                <td className="ifs-diff-mark" title={row.status}>
                  <span aria-hidden="true">{MARK[row.status]}</span>
                  {row.status !== 'same' && <span className="ifs-sr-only">{row.status}</span>}
                </td>
                <th scope="row">{row.name}</th>
                <td>
                  {row.status === 'changed' && <del>{row.before}</del>}
                  {row.status === 'changed' && ' → '}
                  {row.status === 'removed' ? <del>{row.before}</del> : row.after}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
