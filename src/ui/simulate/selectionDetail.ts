import type { Trace, TraceEntry } from '../../core/engine';

/** What the panel shows for the editor selection, given the trace. */
export type SelectionDetail =
  | { kind: 'none' }
  /** A step that ran (several entries when a loop ran it more than once). */
  | { kind: 'step'; stepId: string; entries: TraceEntry[] }
  /** A sequence flow the run travelled: each entry is the step that left through it. */
  | { kind: 'link'; linkId: string; entries: TraceEntry[] }
  /** A selected element the run did not touch. */
  | { kind: 'untouched'; id: string };

export function selectionDetail(
  trace: Trace | null,
  selection: readonly string[],
): SelectionDetail {
  const id = selection.length === 1 ? selection[0] : undefined;
  if (!trace || id === undefined) return { kind: 'none' };
  const ran = trace.entries.filter((e) => e.stepId === id);
  if (ran.length > 0) return { kind: 'step', stepId: id, entries: ran };
  const left = trace.entries.filter((e) => e.route === id);
  if (left.length > 0) return { kind: 'link', linkId: id, entries: left };
  return { kind: 'untouched', id };
}
