import type { Flow, SampleMessage, TestCase } from '../../core/model/flow';
import type { Message } from '../../core/model/message';
import type { EntryRow, InputDraft } from '../../store/simulationStore';
import { bodyText } from '../../core/expression/bodyText';
import { displayValue } from '../script/diffEntries';

let rowSeq = 0;
/** Rows need stable React keys that survive renaming; the name cannot be the key. */
export const newRow = (name = '', value = ''): EntryRow => ({ id: `row-${++rowSeq}`, name, value });

/** Rows → record; rows without a name are ignored, a later row wins over an earlier one. */
export function rowsToRecord(rows: EntryRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const name = r.name.trim();
    if (name) out[name] = r.value;
  }
  return out;
}

export const recordToRows = (record: Record<string, string>): EntryRow[] =>
  Object.entries(record).map(([name, value]) => newRow(name, value));

export function draftToSample(draft: InputDraft): SampleMessage {
  return {
    body: draft.body,
    headers: rowsToRecord(draft.headers),
    properties: rowsToRecord(draft.properties),
  };
}

export function draftToMessage(draft: InputDraft): Message {
  return draftToSample(draft);
}

/** The input editor filled with a saved test case (its input and its start/stop steps). */
export function draftFromTestCase(testCase: TestCase): InputDraft {
  return {
    body: testCase.input.body,
    headers: recordToRows(testCase.input.headers),
    properties: recordToRows(testCase.input.properties),
    startStepId: testCase.startStepId ?? '',
    endStepId: testCase.endStepId ?? '',
  };
}

/** Names that occur in more than one row: only the last one counts, so the table says so. */
export function duplicateNames(rows: EntryRow[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) {
    const name = r.name.trim();
    if (!name) continue;
    if (seen.has(name)) dup.add(name);
    seen.add(name);
  }
  return dup;
}

/** The draft with start/stop steps that no longer exist in the flow reset to the defaults. */
export function runnableDraft(flow: Flow, draft: InputDraft): InputDraft {
  const has = (id: string) => flow.process.steps.some((s) => s.id === id);
  return {
    ...draft,
    startStepId: has(draft.startStepId) ? draft.startStepId : '',
    endStepId: has(draft.endStepId) ? draft.endStepId : '',
  };
}

/** Properties every run sets itself (and the script preview too): not worth copying into a sample. */
const RUN_PROPERTIES = new Set([
  'SAP_MessageProcessingLogID',
  'CamelCreatedTimestamp',
  'SAP_MPL_LogLevel_Overall',
]);

const asText = (record: Record<string, unknown>, skip?: Set<string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([k]) => !skip?.has(k))
      .map(([k, v]) => [k, displayValue(v)]),
  );

/** A message of the run as a typed sample (strings only), e.g. for the Script step's live preview. */
export function messageToSample(message: Message): SampleMessage {
  return {
    body: bodyText(message.body),
    headers: asText(message.headers),
    properties: asText(message.properties, RUN_PROPERTIES),
  };
}
