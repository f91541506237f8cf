import type { TraceEntry } from '../../core/engine';

/** A step's console output and the entries it wrote to the message processing log. */
export function EntryExtras({ entry }: { entry: TraceEntry }) {
  const props = Object.entries(entry.messageLog.properties);
  const attachments = entry.messageLog.attachments;
  return (
    <>
      <section aria-label="Console" className="ifs-sim-console">
        <h4>Console</h4>
        {entry.logs.length === 0 ? (
          <p className="ifs-muted">No output</p>
        ) : (
          <pre tabIndex={0}>
            {entry.logs.map((l, i) => (
              <span key={i} className={`is-${l.level}`}>
                {l.level !== 'info' && l.level !== 'log' ? `[${l.level}] ` : ''}
                {l.text}
                {'\n'}
              </span>
            ))}
          </pre>
        )}
      </section>
      <section aria-label="Message log" className="ifs-sim-mpl">
        <h4>Message log</h4>
        {props.length === 0 && attachments.length === 0 && <p className="ifs-muted">No entries</p>}
        {props.length > 0 && (
          <table aria-label="Message log properties">
            <tbody>
              {props.map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {attachments.map((a, i) => (
          <details key={i}>
            <summary>
              Attachment {a.name} <span className="ifs-muted">({a.type})</span>
            </summary>
            <pre tabIndex={0}>{a.content}</pre>
          </details>
        ))}
      </section>
    </>
  );
}
