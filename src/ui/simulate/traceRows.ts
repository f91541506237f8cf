import type { TraceEntry, TracePart } from '../../core/engine';

/** How many steps the trace list shows at most: the first ones and the last ones. */
export const TRACE_ROWS_SHOWN = 200;
const TAIL = 50;

export type TraceRow =
  { kind: 'entry'; index: number; entry: TraceEntry } | { kind: 'gap'; text: string };

/** "split 2 of 5", "branch 1 of 3". */
export function partLabel(part: TracePart): string {
  return `${part.kind} ${part.index} of ${part.count}`;
}

const plural = (kind: TracePart['kind']) => (kind === 'split' ? 'split messages' : 'branches');

/**
 * The rows of the trace list: every step of a short run; of a long one (many split messages),
 * the first and the last steps with one row between saying what is not shown.
 */
export function traceRows(entries: readonly TraceEntry[], max = TRACE_ROWS_SHOWN): TraceRow[] {
  const row = (entry: TraceEntry, index: number): TraceRow => ({ kind: 'entry', index, entry });
  if (entries.length <= max) return entries.map(row);
  const head = max - TAIL;
  const hidden = entries.slice(head, entries.length - TAIL);
  const outer = hidden.map((e) => e.part).filter((p): p is TracePart => p?.depth === 0);
  const first = outer[0];
  const last = outer.at(-1);
  const which =
    first && last && first.forkStepId === last.forkStepId
      ? ` (${plural(first.kind)} ${first.index}${last.index > first.index ? `–${last.index}` : ''} of ${first.count})`
      : '';
  return [
    ...entries.slice(0, head).map(row),
    { kind: 'gap', text: `… ${hidden.length.toLocaleString('en')} more steps not shown${which}` },
    ...entries.slice(entries.length - TAIL).map((e, i) => row(e, entries.length - TAIL + i)),
  ];
}
