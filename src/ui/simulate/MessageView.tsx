import type { Message } from '../../core/model/message';
import { diffEntries, displayValue, type EntryStatus } from '../script/diffEntries';
import { prettyBody } from '../script/prettyBody';
import { lineDiff } from './lineDiff';

export interface MessageViewProps {
  /** Accessible name of the region: "Message before", "Message after", "Message on the link". */
  label: string;
  message: Message;
  /** When given, body, headers and properties are marked added/changed/removed against it. */
  base?: Message;
}

const MARK: Record<EntryStatus, string> = { added: '+', changed: '~', removed: '−', same: '' };
/** Line diffs of bodies beyond this size are not worth their cost on screen. */
const MAX_DIFF_CHARS = 200_000;

/** A message as the panel shows it: pretty-printed body, headers, properties, optionally as a diff. */
export function MessageView({ label, message, base }: MessageViewProps) {
  return (
    <section aria-label={label} className="ifs-sim-message">
      <h4>{label}</h4>
      <Body body={message.body} base={base?.body} hasBase={!!base} />
      <Entries title="Headers" values={message.headers} base={base?.headers} />
      <Entries title="Properties" values={message.properties} base={base?.properties} />
    </section>
  );
}

function Body({ body, base, hasBase }: { body: unknown; base: unknown; hasBase: boolean }) {
  const after = prettyBody(body);
  const before = hasBase ? prettyBody(base).text : after.text;
  const changed = before !== after.text;
  const format = after.format === 'text' ? '' : ` (${after.format.toUpperCase()})`;
  let content;
  if (!changed || before.length + after.text.length > MAX_DIFF_CHARS) {
    content = after.text || <span className="ifs-muted">(empty)</span>;
  } else {
    content = lineDiff(before, after.text).map((l, i) => (
      <span key={i} className={`ifs-sim-line is-${l.kind}`}>
        {l.kind !== 'same' && <span className="ifs-sr-only">{l.kind}: </span>}
        {l.text}
        {'\n'}
      </span>
    ));
  }
  return (
    <div className="ifs-sim-body-view">
      <h5>
        Body{format}
        {hasBase && <span className="ifs-sim-tag">{changed ? 'changed' : 'unchanged'}</span>}
      </h5>
      <pre tabIndex={0} aria-label="Body">
        {content}
      </pre>
    </div>
  );
}

function Entries({
  title,
  values,
  base,
}: {
  title: string;
  values: Record<string, unknown>;
  base?: Record<string, unknown>;
}) {
  const rows = base
    ? diffEntries(base, values)
    : Object.entries(values).map(([name, v]) => ({
        name,
        status: 'same' as const,
        after: displayValue(v),
        before: undefined,
      }));
  return (
    <div className="ifs-sim-entries">
      <h5>{title}</h5>
      {rows.length === 0 ? (
        <p className="ifs-muted">None</p>
      ) : (
        <table aria-label={title}>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className={`is-${r.status}`}>
                <td className="ifs-sim-mark" title={r.status === 'same' ? undefined : r.status}>
                  <span aria-hidden="true">{MARK[r.status]}</span>
                  {r.status !== 'same' && <span className="ifs-sr-only">{r.status}</span>}
                </td>
                <th scope="row">{r.name}</th>
                <td>
                  {r.status === 'changed' && (
                    <>
                      <del>{r.before}</del> →{' '}
                    </>
                  )}
                  {r.status === 'removed' ? <del>{r.before}</del> : r.after}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
