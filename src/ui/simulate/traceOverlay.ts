import type { Trace, TraceError } from '../../core/engine';
import { errorWhere } from '../../core/script/scriptError';
import type { StepRunBadge } from '../../store/runOverlay';

type ErrorLike = Pick<TraceError, 'type' | 'message' | 'line' | 'column' | 'fileName'>;

/**
 * "Script 1: TypeError: x is undefined (line 3, column 7 in script1.js)": how a step's error is
 * shown everywhere.
 */
export function errorText(stepName: string, error: ErrorLike): string {
  const where = errorWhere(error);
  const prefix = stepName ? `${stepName}: ` : '';
  return `${prefix}${error.type}: ${error.message}${where}`;
}

/** Name of a step as the trace knows it; the flow may have renamed or deleted it since. */
export function stepNameIn(
  trace: Trace,
  stepId: string,
  fallback?: (id: string) => string | undefined,
): string {
  return trace.entries.find((e) => e.stepId === stepId)?.stepName ?? fallback?.(stepId) ?? stepId;
}

/**
 * The canvas overlay for a trace: each step that ran gets ok/error and its total time (a step
 * run several times in a loop adds up), the step the cursor runs next is 'current', and the
 * sequence flows taken are marked travelled.
 */
export function traceToOverlay(
  trace: Trace,
  position: string | null,
): { badges: Record<string, StepRunBadge>; travelled: string[] } {
  const badges: Record<string, StepRunBadge> = {};
  for (const e of trace.entries) {
    const prev = badges[e.stepId];
    const failed = !!e.error || prev?.status === 'error';
    const error = e.error ? errorText(e.stepName, e.error) : prev?.error;
    badges[e.stepId] = {
      status: failed ? 'error' : 'ok',
      durationMs: (prev?.durationMs ?? 0) + e.durationMs,
      ...(error ? { error } : {}),
    };
  }
  // An error before the step ran (step budget, missing step) still marks where the run broke.
  const err = trace.error;
  if (err && err.stepId && !badges[err.stepId]) {
    badges[err.stepId] = { status: 'error', error: errorText(stepNameIn(trace, err.stepId), err) };
  }
  if (position) badges[position] = { ...badges[position], status: 'current' };
  return { badges, travelled: [...new Set(trace.route)] };
}

/** Sum of the steps' own times: the honest total of a run driven with Step (no user pauses). */
export function stepTimeMs(trace: Trace): number {
  return trace.entries.reduce((sum, e) => sum + e.durationMs, 0);
}

export function formatMs(ms: number): string {
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
