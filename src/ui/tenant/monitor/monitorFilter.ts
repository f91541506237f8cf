import type { LogStatus, MessageLogQuery } from '../../../core/tenant';

export type TimeRange = 'all' | '15m' | '1h' | '24h' | '7d' | 'custom';

export const TIME_RANGES: { value: TimeRange; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: '15m', label: 'Past 15 minutes' },
  { value: '1h', label: 'Past hour' },
  { value: '24h', label: 'Past 24 hours' },
  { value: '7d', label: 'Past 7 days' },
  { value: 'custom', label: 'Custom' },
];

const SPAN: Record<Exclude<TimeRange, 'all' | 'custom'>, number> = {
  '15m': 15 * 60_000,
  '1h': 3600_000,
  '24h': 24 * 3600_000,
  '7d': 7 * 24 * 3600_000,
};

export interface MonitorFilter {
  flowId: string;
  status: '' | LogStatus;
  range: TimeRange;
  /** datetime-local values, used when range is custom. */
  from: string;
  to: string;
}

/** The log query a filter means at tenant time `now`. */
export function toQuery(f: MonitorFilter, now: number, limit = 500): MessageLogQuery {
  const q: MessageLogQuery = { limit };
  if (f.flowId) q.flowId = f.flowId;
  if (f.status) q.status = f.status;
  if (f.range === 'custom') {
    const from = f.from ? new Date(f.from).getTime() : NaN;
    const to = f.to ? new Date(f.to).getTime() : NaN;
    if (!Number.isNaN(from)) q.from = from;
    if (!Number.isNaN(to)) q.to = to;
  } else if (f.range !== 'all') q.from = now - SPAN[f.range];
  return q;
}

/** Why a custom range can match nothing (From after To), or null. */
export function rangeError(f: MonitorFilter): string | null {
  if (f.range !== 'custom' || !f.from || !f.to) return null;
  return new Date(f.from).getTime() > new Date(f.to).getTime()
    ? 'From is later than To: no message can match'
    : null;
}

/** "12 ms", "1.25 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
