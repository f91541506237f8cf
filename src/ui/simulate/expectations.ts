import type { Trace } from '../../core/engine';
import { bodyText } from '../../core/expression/bodyText';
import type { Expectation } from '../../core/model/flow';

export type ExpectationKind = Expectation['kind'];

export const EXPECTATION_KINDS: readonly { kind: ExpectationKind; label: string }[] = [
  { kind: 'bodyEquals', label: 'Body equals' },
  { kind: 'bodyContains', label: 'Body contains' },
  { kind: 'headerEquals', label: 'Header equals' },
  { kind: 'propertyEquals', label: 'Property equals' },
  { kind: 'endsOk', label: 'Ends ok' },
  { kind: 'endsWithError', label: 'Ends with error' },
];

export const kindLabel = (kind: ExpectationKind) =>
  EXPECTATION_KINDS.find((k) => k.kind === kind)?.label ?? kind;

/** Name and value as the form edits them, whatever the kind. */
export function fieldsOf(e: Expectation): { name: string; value: string } {
  switch (e.kind) {
    case 'headerEquals':
    case 'propertyEquals':
      return { name: e.name, value: e.value };
    case 'bodyEquals':
    case 'bodyContains':
      return { name: '', value: e.value };
    case 'endsWithError':
      return { name: '', value: e.contains ?? '' };
    case 'endsOk':
      return { name: '', value: '' };
  }
}

/** An expectation of `kind` built from the form's name and value (unused fields are dropped). */
export function makeExpectation(kind: ExpectationKind, name: string, value: string): Expectation {
  switch (kind) {
    case 'headerEquals':
    case 'propertyEquals':
      return { kind, name, value };
    case 'bodyEquals':
    case 'bodyContains':
      return { kind, value };
    case 'endsWithError':
      return value ? { kind, contains: value } : { kind };
    case 'endsOk':
      return { kind };
  }
}

/** Switching the kind keeps what the user typed where it still fits. */
export function changeKind(e: Expectation, kind: ExpectationKind): Expectation {
  const { name, value } = fieldsOf(e);
  return makeExpectation(kind, name, value);
}

export const needsName = (kind: ExpectationKind) =>
  kind === 'headerEquals' || kind === 'propertyEquals';
export const needsValue = (kind: ExpectationKind) => kind !== 'endsOk';

/** Why the expectation cannot be saved, or null. */
export function expectationProblem(e: Expectation): string | null {
  if (needsName(e.kind) && !fieldsOf(e).name.trim())
    return `${kindLabel(e.kind)} needs a ${e.kind === 'headerEquals' ? 'header' : 'property'} name`;
  return null;
}

/** One line for lists: `Header equals Content-Type = "text/plain"`. */
export function describeExpectation(e: Expectation): string {
  const { name, value } = fieldsOf(e);
  switch (e.kind) {
    case 'headerEquals':
    case 'propertyEquals':
      return `${kindLabel(e.kind)} ${name} = ${JSON.stringify(value)}`;
    case 'bodyEquals':
    case 'bodyContains':
      return `${kindLabel(e.kind)} ${JSON.stringify(value)}`;
    case 'endsWithError':
      return value ? `Ends with error containing ${JSON.stringify(value)}` : 'Ends with error';
    case 'endsOk':
      return 'Ends ok';
  }
}

/**
 * Expectations proposed from the last run, so "Save as test case" pins down what the flow
 * does now: ok + the output body, or the error it ended with. A run that reached the chosen end
 * step is completed (the engine sets `stoppedAt`), so it pins both too; a run the user stopped
 * while its end step ran pins the body only, and one stopped half-way says nothing worth pinning.
 */
export function suggestExpectations(trace: Trace | null, endStepId = ''): Expectation[] {
  if (!trace) return [{ kind: 'endsOk' }];
  if (trace.status === 'failed') {
    return [
      trace.error
        ? { kind: 'endsWithError', contains: trace.error.type }
        : { kind: 'endsWithError' },
    ];
  }
  const body: Expectation = { kind: 'bodyEquals', value: bodyText(trace.output.body) };
  if (trace.status === 'completed') return [{ kind: 'endsOk' }, body];
  const last = trace.entries[trace.entries.length - 1];
  return endStepId && last?.stepId === endStepId ? [body] : [{ kind: 'endsOk' }];
}
