import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SampleMessage } from '../../core/model/flow';
import { editorStore } from '../../store/editorStore';
import { holdEdits } from '../../store/pendingEdits';
import { useEditor } from '../../store/useEditor';
import { recordToRows, rowsToRecord, sameRecord, type NameValueRow } from './sampleRows';

const WRITE_DELAY_MS = 250;
const EMPTY: SampleMessage = { body: '', headers: {}, properties: {} };

/** The sample as the user edits it: rows keep drafts (no name yet) and duplicates in place. */
export interface SampleDraft {
  body: string;
  headers: NameValueRow[];
  properties: NameValueRow[];
}

const toDraft = (s: SampleMessage): SampleDraft => ({
  body: s.body,
  headers: recordToRows(s.headers),
  properties: recordToRows(s.properties),
});

export const draftToSample = (d: SampleDraft): SampleMessage => ({
  body: d.body,
  headers: rowsToRecord(d.headers),
  properties: rowsToRecord(d.properties),
});

const sameSample = (a: SampleMessage, b: SampleMessage) =>
  a.body === b.body && sameRecord(a.headers, b.headers) && sameRecord(a.properties, b.properties);

/**
 * The step's sample input message: edited locally (so typing is instant and draft rows survive),
 * saved with the flow by a debounced 'sample.set', and replaced when the flow's sample changes
 * from outside (app undo).
 */
export function useSampleDraft(stepId: string) {
  // Own keys only: a step id such as "toString" must not find Object.prototype's.
  const stored =
    useEditor((s) =>
      s.flow && Object.hasOwn(s.flow.samples, stepId) ? s.flow.samples[stepId] : undefined,
    ) ?? EMPTY;
  const [draft, setDraftState] = useState<SampleDraft>(() => toDraft(stored));
  const sample = useMemo(() => draftToSample(draft), [draft]);
  const written = useRef<SampleMessage>(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(
    (next: SampleMessage) => {
      timer.current = undefined;
      if (sameSample(next, written.current)) return;
      written.current = next;
      editorStore
        .getState()
        .dispatch('sample.set', { stepId, sample: next }, { coalesceKey: `sample:${stepId}` });
    },
    [stepId],
  );

  const setDraft = useCallback(
    (next: SampleDraft) => {
      setDraftState(next);
      if (timer.current !== undefined) clearTimeout(timer.current);
      const value = draftToSample(next);
      timer.current = setTimeout(() => write(value), WRITE_DELAY_MS);
    },
    [write],
  );

  useEffect(() => {
    if (sameSample(stored, written.current)) return;
    written.current = stored;
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    setDraftState(toDraft(stored));
  }, [stored]);

  // Closing the editor, or leaving the page (autosave flushes held edits), saves what was typed
  // last.
  const latest = useRef(sample);
  latest.current = sample;
  useEffect(() => {
    const flush = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      write(latest.current);
    };
    const release = holdEdits(flush);
    return () => {
      release();
      flush();
    };
  }, [write]);

  return { draft, sample, setDraft };
}
