import type { Trace } from '../../core/engine';
import { editorStore } from '../../store/editorStore';
import { formatMs } from './traceOverlay';

/**
 * The steps of the run in order, under their current names; clicking one selects it on the
 * canvas (and shows its messages).
 */
export function TraceList({
  trace,
  nameOf,
}: {
  trace: Trace;
  nameOf: (stepId: string) => string | undefined;
}) {
  if (trace.entries.length === 0) return <p className="ifs-muted">No step ran.</p>;
  return (
    <ol className="ifs-sim-trace" aria-label="Steps run">
      {trace.entries.map((e, i) => (
        <li key={i} className={e.error ? 'is-error' : 'is-ok'}>
          <button
            type="button"
            className="btn-link"
            onClick={() => editorStore.getState().select([e.stepId])}
          >
            {nameOf(e.stepId) ?? e.stepName}
          </button>
          <span className="ifs-sim-trace__meta">
            <span className="ifs-sr-only">{e.error ? 'error' : 'ok'}</span>
            <span aria-hidden="true">{e.error ? '✕' : '✓'}</span> {formatMs(e.durationMs)}
          </span>
        </li>
      ))}
    </ol>
  );
}
