import { memo, useEffect, useRef } from 'react';
import { EntryDiffTable } from './EntryDiffTable';
import { prettyBody } from './prettyBody';
import { formatScriptError } from './runMarkers';
import { PREVIEW_LATENCY_MEASURE, type PreviewRun } from './useLivePreview';

export interface PreviewOutputProps {
  run: PreviewRun | null;
  /** Called in the frame that paints a run's result (after its latency measure). */
  onPainted?: (run: PreviewRun) => void;
}

/** The result of running the script on the sample: body, diffs, console, message log, errors. */
// Memoised: typing re-renders the editor on every keystroke, the output only per result.
export const PreviewOutput = memo(function PreviewOutput({ run, onPainted }: PreviewOutputProps) {
  usePaintMeasure(run, onPainted);
  if (!run) return <p className="ifs-muted">No result yet.</p>;
  const { input, result } = run;
  const body = prettyBody(result.message.body);
  const log = result.messageLog;
  return (
    <div className="ifs-preview-output">
      {result.error && (
        <p role="alert" className="ifs-preview-error">
          {formatScriptError(result.error)}
        </p>
      )}
      <h4>
        Body{' '}
        <span className="ifs-muted">{body.format !== 'text' ? body.format.toUpperCase() : ''}</span>
      </h4>
      <pre role="region" aria-label="Output body" className="ifs-preview-body">
        {body.text}
      </pre>
      <EntryDiffTable
        label="Output headers"
        title="Headers"
        input={input.headers}
        output={result.message.headers}
      />
      <EntryDiffTable
        label="Output properties"
        title="Properties"
        input={input.properties}
        output={result.message.properties}
      />
      <section role="region" aria-label="Console" className="ifs-preview-console">
        <h4>Console</h4>
        {result.logs.length === 0 ? (
          <p className="ifs-muted">No output</p>
        ) : (
          <ol>
            {result.logs.map((line, i) => (
              <li key={i} className={`ifs-log-${line.level}`}>
                <span className="ifs-log-level">{line.level}</span> {line.text}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section role="region" aria-label="Message log" className="ifs-preview-mpl">
        <h4>Message log</h4>
        {Object.keys(log.properties).length === 0 && log.attachments.length === 0 && (
          <p className="ifs-muted">No entries</p>
        )}
        {Object.keys(log.properties).length > 0 && (
          <table>
            <tbody>
              {Object.entries(log.properties).map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {log.attachments.map((a, i) => (
          <details key={i}>
            <summary>
              Attachment {a.name} <span className="ifs-muted">({a.type})</span>
            </summary>
            <pre>{a.content}</pre>
          </details>
        ))}
      </section>
      <p className="ifs-muted">Duration: {result.durationMs.toFixed(1)} ms</p>
    </div>
  );
});

/** Measures run start → result painted (next frame after commit), for the preview latency bench. */
function usePaintMeasure(run: PreviewRun | null, onPainted?: (run: PreviewRun) => void): void {
  const painted = useRef(onPainted);
  painted.current = onPainted;
  useEffect(() => {
    if (!run) return;
    const frame = requestAnimationFrame(() => {
      const start = `ifs-preview-start-${run.seq}`;
      if (performance.getEntriesByName(start).length)
        performance.measure(PREVIEW_LATENCY_MEASURE, start);
      performance.clearMarks(start);
      painted.current?.(run);
    });
    return () => cancelAnimationFrame(frame);
  }, [run]);
}
