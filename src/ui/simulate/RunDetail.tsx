import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TraceEntry } from '../../core/engine';
import type { Flow } from '../../core/model/flow';
import { editorStore } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { EntryExtras } from './EntryExtras';
import { messageToSample } from './inputDraft';
import { partLabel } from './traceRows';
import { MessageView } from './MessageView';
import { selectionDetail } from './selectionDetail';
import { useSimulation } from './simulation';
import { TraceList, traceFocus } from './TraceList';
import { errorText } from './traceOverlay';

/**
 * What the run did at the selected element: for a step the message before and after it, for a
 * sequence flow the message that travelled it; with nothing selected, the list of steps run.
 */
export function RunDetail({ flow }: { flow: Flow }) {
  const trace = useSimulation((s) => s.trace);
  const selection = useEditor((s) => s.selection);
  if (!trace) return null;
  const detail = selectionDetail(trace, selection);
  const stepName = (id: string) => flow.process.steps.find((s) => s.id === id)?.name;
  const back = (
    <button
      type="button"
      className="btn btn-sm btn-ghost"
      onClick={() => {
        traceFocus.next = selection[0] ?? null;
        editorStore.getState().select([]);
      }}
    >
      All steps
    </button>
  );
  switch (detail.kind) {
    case 'none':
      return (
        <section aria-label="Run trace" className="ifs-sim-detail">
          <h3>Steps run</h3>
          <TraceList trace={trace} nameOf={stepName} />
        </section>
      );
    case 'untouched': {
      const name = nameOf(flow, detail.id);
      return (
        <section aria-label="Run trace" className="ifs-sim-detail">
          <div className="ifs-sim-detail__head">
            <DetailHeading>{name}</DetailHeading>
            {back}
          </div>
          <p className="ifs-muted">“{name}” was not reached in this run.</p>
          <TraceList trace={trace} nameOf={stepName} />
        </section>
      );
    }
    case 'step':
    case 'link':
      return (
        <PassDetail
          key={`${detail.kind}:${detail.kind === 'step' ? detail.stepId : detail.linkId}`}
          kind={detail.kind}
          title={
            detail.kind === 'step'
              ? (stepName(detail.stepId) ?? detail.entries[0]!.stepName)
              : linkTitle(flow, detail.linkId)
          }
          entries={detail.entries}
          back={back}
        />
      );
  }
}

/** A step's or link's heading; it takes the focus when opened from the list of steps run. */
function DetailHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (traceFocus.next !== 'detail') return;
    traceFocus.next = null;
    ref.current?.focus();
  }, []);
  return (
    <h3 ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}

function nameOf(flow: Flow, id: string): string {
  const link = flow.process.sequenceFlows.find((l) => l.id === id);
  if (link) return linkTitle(flow, id);
  return (
    flow.process.steps.find((s) => s.id === id)?.name ??
    flow.participants.find((p) => p.id === id)?.name ??
    id
  );
}

function linkTitle(flow: Flow, linkId: string): string {
  const link = flow.process.sequenceFlows.find((l) => l.id === linkId);
  if (!link) return linkId;
  const name = (id: string) => flow.process.steps.find((s) => s.id === id)?.name ?? id;
  return link.name
    ? `${link.name} (${name(link.source)} → ${name(link.target)})`
    : `${name(link.source)} → ${name(link.target)}`;
}

interface PassDetailProps {
  kind: 'step' | 'link';
  title: string;
  entries: TraceEntry[];
  back: ReactNode;
}

/** One pass of the run through a step or link; a loop gives several, the last is shown first. */
function PassDetail({ kind, title, entries, back }: PassDetailProps) {
  const [pass, setPass] = useState(entries.length - 1);
  const entry = entries[Math.min(pass, entries.length - 1)]!;
  return (
    <section aria-label={kind === 'step' ? 'Step run' : 'Link run'} className="ifs-sim-detail">
      <div className="ifs-sim-detail__head">
        <DetailHeading>{title}</DetailHeading>
        {back}
      </div>
      {entries.length > 1 && (
        <label className="ifs-field ifs-sim-pass">
          <span className="ifs-field__label">Pass</span>
          <select
            className="ifs-input"
            value={pass}
            onChange={(e) => setPass(Number(e.target.value))}
          >
            {entries.map((e, i) => (
              <option key={i} value={i}>
                {i + 1} of {entries.length}
                {e.part ? ` (${partLabel(e.part)})` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'link' ? (
        <MessageView label="Message on the link" message={entry.after} />
      ) : (
        <>
          {entry.error && <p className="ifs-sim-error">{errorText(entry.stepName, entry.error)}</p>}
          {entry.stepType === 'script' && (
            <button
              type="button"
              className="btn btn-sm"
              title="The Script editor's live preview then runs on the message this step got"
              onClick={() =>
                editorStore.getState().dispatch('sample.set', {
                  stepId: entry.stepId,
                  sample: messageToSample(entry.before),
                })
              }
            >
              Use as script sample
            </button>
          )}
          <MessageView label="Message before" message={entry.before} />
          <MessageView label="Message after" message={entry.after} base={entry.before} />
          <EntryExtras entry={entry} />
        </>
      )}
    </section>
  );
}
