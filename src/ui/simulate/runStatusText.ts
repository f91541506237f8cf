import type { Trace } from '../../core/engine';
import { formatMs, stepTimeMs } from './traceOverlay';

const plural = (n: number) => `${n} step${n === 1 ? '' : 's'} run`;

/** The run summary line: "Completed in 4 ms · 3 steps run", "Paused · 1 step run", … */
export function runStatusText(s: {
  trace: Trace | null;
  busy: boolean;
  paused: boolean;
  stepped: boolean;
}): string {
  const { trace } = s;
  if (!trace) return s.busy ? 'Running…' : 'Not run yet';
  const n = plural(trace.entries.length);
  if (s.busy) return `Running… · ${n}`;
  if (s.paused) return `Paused · ${n}`;
  // A stepped run's wall-clock time includes the user's pauses; its steps' own time is the honest total.
  const ms = formatMs(s.stepped ? stepTimeMs(trace) : trace.durationMs);
  const label = { completed: 'Completed', failed: 'Failed', stopped: 'Stopped' }[trace.status];
  return `${label} in ${ms} · ${n}`;
}
