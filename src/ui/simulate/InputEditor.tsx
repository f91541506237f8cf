import { useState, type ChangeEvent } from 'react';
import type { Flow } from '../../core/model/flow';
import { EntryRowsEditor } from './EntryRowsEditor';
import { updateDraft, useDraft } from './simulation';
import { StepSelect } from './StepSelect';

/** Start/stop points and the input message (body, headers, properties) of the next run. */
export function InputEditor({ flow }: { flow: Flow }) {
  const draft = useDraft(flow.id);
  const [fileError, setFileError] = useState<string | null>(null);
  const set = (patch: Parameters<typeof updateDraft>[1]) => updateDraft(flow.id, patch);

  const loadFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be loaded again after editing
    if (!file) return;
    file.text().then(
      (body) => {
        setFileError(null);
        set({ body });
      },
      (err: unknown) =>
        setFileError(
          `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`,
        ),
    );
  };

  return (
    <section aria-label="Input message" className="ifs-sim-input">
      <div className="ifs-sim-points">
        <StepSelect
          flow={flow}
          label="Start step"
          defaultLabel="Start event"
          value={draft.startStepId}
          onChange={(startStepId) => set({ startStepId })}
        />
        <StepSelect
          flow={flow}
          label="End step"
          defaultLabel="End event"
          value={draft.endStepId}
          onChange={(endStepId) => set({ endStepId })}
        />
      </div>
      <label className="ifs-field">
        <span className="ifs-field__label">Input body</span>
        <textarea
          className="ifs-input ifs-sim-body"
          rows={5}
          spellCheck={false}
          value={draft.body}
          onChange={(e) => set({ body: e.target.value })}
        />
      </label>
      <label className="ifs-sim-file">
        <span>Load body from file</span>
        <input type="file" onChange={loadFile} />
      </label>
      {fileError && (
        <p role="alert" className="ifs-sim-error">
          {fileError}
        </p>
      )}
      <EntryRowsEditor
        noun="Header"
        title="Headers"
        rows={draft.headers}
        onChange={(headers) => set({ headers })}
      />
      <EntryRowsEditor
        noun="Property"
        title="Properties"
        rows={draft.properties}
        onChange={(properties) => set({ properties })}
      />
    </section>
  );
}
