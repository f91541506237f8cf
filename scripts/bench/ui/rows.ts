// The rows `npm run bench:ui` prints per flow, with issue 13's targets beside them.
import type { RunFigures, ViewFigures } from './runOnce';

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Note: median main-thread busy time of an interaction (steadier than wall time under load). */
const busyNote = (key: string) => (runs: RunFigures[]) => {
  const xs = runs.map((r) => r.busy[key]).filter((v): v is number => v !== undefined);
  return xs.length ? `main thread busy ${Math.round(median(xs))} ms` : '';
};

export const UI_ROWS: UiRow[] = [
  {
    label: 'cold load to usable (painted, a click selects a step)',
    unit: 'ms',
    digits: 0,
    target: '≤ 940 empty, ≤ 1350 at 1,000',
    pick: (r) => r.loadMs,
    note: (runs) =>
      `painted at ${Math.round(median(runs.map((r) => r.paintedMs)))} ms; ${busyNote('load')(runs)}`,
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
    note: (runs) => `${busyNote('pan')(runs)} per frame`,
  },
  {
    label: 'drag one step, frame p95',
    unit: 'ms',
    digits: 1,
    target: '≤ 16.7',
    pick: (r) => r.dragP95,
    note: (runs) => `${busyNote('drag')(runs)} per frame`,
  },
  {
    label: 'select all (Ctrl+A → every node drawn selected)',
    unit: 'ms',
    digits: 0,
    target: '≤ 100',
    pick: (r) => r.selectAllMs,
    note: busyNote('Control+a'),
  },
  {
    label: 'undo a move of every step (Ctrl+Z → drawn)',
    unit: 'ms',
    digits: 0,
    target: '≤ 100',
    pick: (r) => r.undoMs,
    note: busyNote('Control+z'),
  },
  {
    label: 'redo it (Ctrl+Shift+Z → drawn)',
    unit: 'ms',
    digits: 0,
    pick: (r) => r.redoMs,
    note: busyNote('Control+Shift+z'),
  },
  {
    label: 'delete 500 steps (Delete → drawn)',
    unit: 'ms',
    digits: 0,
    bigOnly: true,
    pick: (r) => r.deleteMs,
    note: (runs) =>
      `${runs.find((r) => r.deleted !== null)?.deleted ?? 0} elements selected by a box; ${busyNote('Delete')(runs)}`,
  },
  {
    label: 'JS heap after forced GC (after load)',
    unit: 'MB',
    digits: 1,
    target: '≤ 20',
    pick: (r) => r.heapMb,
  },
];

/** The interaction rows again with the whole big flow in view ("Fit view"): every step drawn. */
const WHOLE: { label: string; key: keyof ViewFigures; busy?: string; perFrame?: boolean }[] = [
  { label: 'pan the canvas, frame p95', key: 'panP95', busy: 'pan', perFrame: true },
  { label: 'drag one step, frame p95', key: 'dragP95', busy: 'drag', perFrame: true },
  { label: 'select all', key: 'selectAllMs', busy: 'Control+a' },
  { label: 'undo a move of every step', key: 'undoMs', busy: 'Control+z' },
  { label: 'redo it', key: 'redoMs', busy: 'Control+Shift+z' },
  { label: 'JS heap after forced GC', key: 'heapMb' },
];
for (const w of WHOLE) {
  const same = UI_ROWS.find((r) => r.label.startsWith(w.label));
  UI_ROWS.push({
    label: `whole flow in view: ${w.label}`,
    unit: same?.unit ?? 'ms',
    digits: same?.digits ?? 0,
    ...(same?.target ? { target: same.target } : {}),
    bigOnly: true,
    pick: (r) => r.whole?.[w.key] ?? null,
    ...(w.busy
      ? {
          note: (runs: RunFigures[]) =>
            `${busyNote(`whole ${w.busy}`)(runs)}${w.perFrame ? ' per frame' : ''}`,
        }
      : {}),
  });
}
