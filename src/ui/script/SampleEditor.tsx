import { memo } from 'react';
import { NameValueTable } from './NameValueTable';
import type { SampleDraft } from './useSampleDraft';

export interface SampleEditorProps {
  draft: SampleDraft;
  onChange: (draft: SampleDraft) => void;
}

/** The step's sample input message: body, headers and properties. */
/** Memoised: a preview result re-renders the editor, not the sample form. */
export const SampleEditor = memo(function SampleEditor({ draft, onChange }: SampleEditorProps) {
  return (
    <fieldset className="ifs-sample">
      <legend>Sample input</legend>
      <label className="ifs-sample-body">
        <span>Body</span>
        <textarea
          aria-label="Sample body"
          value={draft.body}
          spellCheck={false}
          rows={5}
          onChange={(e) => onChange({ ...draft, body: e.target.value })}
        />
      </label>
      <h4>Headers</h4>
      <NameValueTable
        noun="Header"
        rows={draft.headers}
        onChange={(headers) => onChange({ ...draft, headers })}
      />
      <h4>Properties</h4>
      <NameValueTable
        noun="Property"
        rows={draft.properties}
        onChange={(properties) => onChange({ ...draft, properties })}
      />
    </fieldset>
  );
});
