import { useEffect, useState } from 'react';
import { MONITORING_DATA_READ, TENANT_PLACES, type MessageLogEntry } from '../../../core/tenant';
import { appMplApiUrl } from '../appUrls';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { useRoute } from '../../shell/useRoute';
import { ClockControl } from '../ClockControl';
import { SelectField } from '../fields';
import { monitorHref } from '../flowLinks';
import { TenantState } from '../TenantState';
import { LogEntryDetails } from './LogEntryDetails';
import { RejectedCalls } from './RejectedCalls';
import {
  TIME_RANGES,
  formatDuration,
  rangeError,
  toQuery,
  type MonitorFilter,
  type TimeRange,
} from './monitorFilter';
import '../tenant.css';

/** Monitor: the message processing log, filtered by flow, status and time; entry details. */
export default function MonitorView() {
  const route = useRoute();
  const query = route.name === 'tenant' ? route.query : {};
  const entryId = route.name === 'tenant' ? route.rest[0] : undefined;
  const deployments = useTenant((s) => s.deployments);
  const logVersion = useTenant((s) => s.logVersion);
  const clock = useTenant((s) => s.clockOffsetMs);
  const loaded = useTenant((s) => s.loaded);
  const [filter, setFilter] = useState<MonitorFilter>({
    flowId: query.flow ?? '',
    status: query.status === 'Completed' || query.status === 'Failed' ? query.status : '',
    range: 'all',
    from: '',
    to: '',
  });
  const [entries, setEntries] = useState<MessageLogEntry[]>([]);
  const set = (patch: Partial<MonitorFilter>) => setFilter((f) => ({ ...f, ...patch }));

  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void tenantStore
      .getState()
      .runtime()
      .then((r) => r.tenant.queryMessageLog(toQuery(filter, r.now())))
      .then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [filter, logVersion, clock, loaded]);

  const flowOptions = new Map<string, string>();
  for (const d of deployments) flowOptions.set(d.flowId, d.flowName);
  for (const e of entries) if (!flowOptions.has(e.flowId)) flowOptions.set(e.flowId, e.flowName);
  if (filter.flowId && !flowOptions.has(filter.flowId))
    flowOptions.set(filter.flowId, filter.flowId);

  return (
    <div className="page tenant-page">
      <div className="page-header">
        <div>
          <h1>Monitor</h1>
          <p className="muted">
            {TENANT_PLACES.messages}: one entry per call of a deployed flow.{' '}
            {TENANT_PLACES.rejected}: calls refused before a flow ran. Programs read the same log
            over CPI's OData API at <code className="mono">{appMplApiUrl()}</code> (role{' '}
            <code className="mono">{MONITORING_DATA_READ}</code>).
          </p>
        </div>
      </div>
      <TenantState>
        {entryId ? (
          <LogEntryDetails id={entryId} />
        ) : (
          <>
            <section className="panel" aria-labelledby="messages-heading">
              <div className="toolbar">
                <h2 id="messages-heading">{TENANT_PLACES.messages}</h2>
              </div>
              <div className="tenant-row tenant-filters">
                <SelectField
                  label="Flow"
                  value={filter.flowId}
                  onChange={(flowId) => set({ flowId })}
                  options={[
                    { value: '', label: 'All flows' },
                    ...[...flowOptions].map(([value, label]) => ({ value, label })),
                  ]}
                />
                <SelectField
                  label="Status"
                  value={filter.status}
                  onChange={(v) => set({ status: v as MonitorFilter['status'] })}
                  options={[
                    { value: '', label: 'All' },
                    { value: 'Completed', label: 'Completed' },
                    { value: 'Failed', label: 'Failed' },
                  ]}
                />
                <SelectField
                  label="Time"
                  value={filter.range}
                  onChange={(v) => set({ range: v as TimeRange })}
                  options={TIME_RANGES}
                />
                {filter.range === 'custom' && (
                  <>
                    <label className="field">
                      From
                      <input
                        className="input"
                        type="datetime-local"
                        value={filter.from}
                        onChange={(e) => set({ from: e.target.value })}
                      />
                    </label>
                    <label className="field">
                      To
                      <input
                        className="input"
                        type="datetime-local"
                        value={filter.to}
                        onChange={(e) => set({ to: e.target.value })}
                      />
                    </label>
                  </>
                )}
              </div>
              {rangeError(filter) && (
                <p className="field-error" role="alert">
                  {rangeError(filter)}
                </p>
              )}
              {entries.length === 0 ? (
                <p className="empty">No message matches.</p>
              ) : (
                <table className="table" aria-label="Messages">
                  <thead>
                    <tr>
                      <th>Message ID</th>
                      <th>Flow</th>
                      <th>Request</th>
                      <th>Status</th>
                      <th>Start</th>
                      <th>Duration</th>
                      <th>HTTP status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((e) => (
                      <tr key={e.id}>
                        <td className="mono">
                          <a href={monitorHref({}, e.id)}>{e.id}</a>
                        </td>
                        <td>{e.flowName}</td>
                        <td className="mono">
                          {e.timer ? `Timer "${e.timer}"` : `${e.method} /http${e.path}`}
                          {e.user && <div className="muted">{e.user}</div>}
                        </td>
                        <td>
                          <span
                            className={`tenant-status tenant-status--${e.status.toLowerCase()}`}
                          >
                            {e.status}
                          </span>
                        </td>
                        <td>{new Date(e.start).toLocaleString()}</td>
                        <td>{formatDuration(e.durationMs)}</td>
                        <td>{e.timer ? '–' : e.httpStatus}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <RejectedCalls flowId={filter.flowId} />
          </>
        )}
        <ClockControl />
      </TenantState>
    </div>
  );
}
