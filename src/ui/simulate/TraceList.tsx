import { useEffect, useRef } from 'react';
import type { Trace } from '../../core/engine';
import { editorStore } from '../../store/editorStore';
import { formatMs } from './traceOverlay';
import { partLabel, traceRows } from './traceRows';

/**
 * Where the keyboard focus goes when the list and a step's detail replace each other under it:
 * 'detail' (the step's heading, after a click in the list) or the id of the step whose button
 * takes it back (after "All steps"). Without it the focus would fall to the page.
 */
export const traceFocus: { next: string | null } = { next: null };

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
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const id = traceFocus.next;
    if (id === null || id === 'detail') return;
    traceFocus.next = null;
    const buttons = list.current?.querySelectorAll<HTMLElement>('button[data-step-id]') ?? [];
    ([...buttons].find((b) => b.dataset.stepId === id) ?? buttons[0])?.focus();
  }, []);
  if (trace.entries.length === 0) return <p className="ifs-muted">No step ran.</p>;
  return (
    <ol ref={list} className="ifs-sim-trace" aria-label="Steps run">
      {traceRows(trace.entries).map((row) => {
        if (row.kind === 'gap')
          return (
            <li key="gap" className="ifs-sim-trace__gap">
              {row.text}
            </li>
          );
        const e = row.entry;
        const part = e.part;
        return (
          <li
            key={row.index}
            value={row.index + 1}
            className={`${e.error ? 'is-error' : 'is-ok'}${part ? ' is-part' : ''}`}
            style={part ? { paddingLeft: `${0.75 * (part.depth + 1)}rem` } : undefined}
          >
            <span className="ifs-sim-trace__step">
              <button
                type="button"
                className="btn-link"
                data-step-id={e.stepId}
                onClick={() => {
                  traceFocus.next = 'detail';
                  editorStore.getState().select([e.stepId]);
                }}
              >
                {nameOf(e.stepId) ?? e.stepName}
              </button>
              {part ? <span className="ifs-sim-trace__part">{partLabel(part)}</span> : null}
              {e.forked ? (
                <span className="ifs-sim-trace__part">
                  {e.forked.count} {e.forked.kind === 'split' ? 'split messages' : 'branches'}
                </span>
              ) : null}
              {e.gathered !== undefined ? (
                <span className="ifs-sim-trace__part">{e.gathered} gathered</span>
              ) : null}
            </span>
            <span className="ifs-sim-trace__meta">
              <span className="ifs-sr-only">{e.error ? 'error' : 'ok'}</span>
              <span aria-hidden="true">{e.error ? '✕' : '✓'}</span> {formatMs(e.durationMs)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
