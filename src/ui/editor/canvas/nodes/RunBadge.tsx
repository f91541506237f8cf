import type { StepRunBadge } from '../../../../store/runOverlay';

/** Simulation badge of one step (ok or error and the duration), from the run overlay. */
export function RunBadge({ badge }: { badge: StepRunBadge | undefined }) {
  if (!badge || badge.status === 'current' || badge.status === 'skipped') return null;
  const ok = badge.status === 'ok';
  const ms = badge.durationMs !== undefined ? ` ${formatMs(badge.durationMs)}` : '';
  return (
    <span
      className={`ifs-run-badge ifs-run-badge--${badge.status}`}
      title={badge.error ?? (ok ? 'Ran without error' : 'Failed')}
    >
      <span aria-hidden="true">{ok ? '✓' : '✕'}</span>
      <span className="ifs-sr-only">{ok ? 'ok' : 'error'}</span>
      {ms}
    </span>
  );
}

function formatMs(ms: number): string {
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
