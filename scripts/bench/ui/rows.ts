// The rows `npm run bench:ui` prints per flow, with issue 13's targets beside them.
import type { RunFigures } from './runOnce';

export interface UiRow {
  label: string;
  unit: string;
  digits: number;
  target?: string;
  /** Only for the generated big flows (the empty flow has no 500 steps to delete). */
  bigOnly?: boolean;
  pick(r: RunFigures): number | null;
  note?(runs: RunFigures[]): string;
}

export const UI_ROWS: UiRow[] = [
  {
    label: 'cold load to usable (painted, a click selects a step)',
    unit: 'ms',
    digits: 0,
    target: '≤ 940 empty, ≤ 1350 at 1,000',
    pick: (r) => r.loadMs,
    note: (runs) => `painted at ${Math.round(runs[0]?.paintedMs ?? 0)} ms in run 1`,
  },
  {
    label: 'JavaScript before usable (gzip, Service Worker apart)',
    unit: 'KB',
    digits: 1,
    target: '≤ 90',
    pick: (r) => r.jsKb,
    note: (runs) => {
      const sw = runs.find((r) => r.swKb !== null)?.swKb;
      return `${runs[0]?.jsFiles ?? 0} scripts; sw.js ${sw == null ? 'not fetched before usable' : `${sw.toFixed(1)} KB before usable`}`;
    },
  },
  {
    label: 'pan the canvas, frame p95',
    unit: 'ms',
    digits: 1,
    target: '≤ 16.7',
    pick: (r) => r.panP95,
  },
  {
    label: 'drag one step, frame p95',
    unit: 'ms',
    digits: 1,
    target: '≤ 16.7',
    pick: (r) => r.dragP95,
  },
  {
    label: 'select all (Ctrl+A → every node drawn selected)',
    unit: 'ms',
    digits: 0,
    target: '≤ 100',
    pick: (r) => r.selectAllMs,
  },
  {
    label: 'undo a move of every step (Ctrl+Z → drawn)',
    unit: 'ms',
    digits: 0,
    target: '≤ 100',
    pick: (r) => r.undoMs,
  },
  {
    label: 'redo it (Ctrl+Shift+Z → drawn)',
    unit: 'ms',
    digits: 0,
    pick: (r) => r.redoMs,
  },
  {
    label: 'delete 500 steps (Delete → drawn)',
    unit: 'ms',
    digits: 0,
    bigOnly: true,
    pick: (r) => r.deleteMs,
    note: (runs) => `${runs[0]?.deleted ?? 0} elements selected by a box`,
  },
  {
    label: 'JS heap after forced GC (after load)',
    unit: 'MB',
    digits: 1,
    target: '≤ 20',
    pick: (r) => r.heapMb,
  },
];
