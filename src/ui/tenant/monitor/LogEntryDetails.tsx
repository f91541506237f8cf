import { useEffect, useState } from 'react';
import type { TraceEntry } from '../../../core/engine/types';
import type { Message } from '../../../core/model/message';
import type { MessageLogEntry } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { flowLink, monitorHref } from '../flowLinks';
import { formatDuration } from './monitorFilter';
import { BinaryBody } from '../BinaryBody';

/** The engine's trace, as the tenant keeps it for flows with log level Trace. */
function traceEntries(trace: unknown): TraceEntry[] {
  const entries = (trace as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries)
    ? entries.filter((e): e is TraceEntry => !!e && typeof e === 'object' && 'stepId' in e)
    : [];
}

function MessageView({
  title,
  message,
  step,
  fileName,
}: {
  title: string;
  message: Message;
  /** The step's name (a binary body's Download button says whose body it is). */
  step: string;
  /** Download name of a binary body (without its ending). */
  fileName: string;
}) {
  const bytes = message.body instanceof Uint8Array ? message.body : null;
  const body =
    typeof message.body === 'string' ? message.body : JSON.stringify(message.body, null, 2);
  const type = Object.entries(message.headers).find(([k]) => k.toLowerCase() === 'content-type');
  return (
    <div className="tenant-message">
      <h4>{title}</h4>
      <dl className="tenant-kv">
        {Object.entries(message.headers).map(([k, v]) => (
          <div key={`h-${k}`}>
            <dt>Header {k}</dt>
            <dd className="mono">{String(v)}</dd>
          </div>
        ))}
        {Object.entries(message.properties).map(([k, v]) => (
          <div key={`p-${k}`}>
            <dt>Property {k}</dt>
            <dd className="mono">{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
          </div>
        ))}
      </dl>
      {bytes ? (
        <BinaryBody
          bytes={bytes}
          contentType={typeof type?.[1] === 'string' ? type[1] : undefined}
          fileName={fileName}
          label={`body ${title.toLowerCase()} ${step}`}
        />
      ) : (
        <pre className="tenant-pre">{body || <span className="muted">(empty body)</span>}</pre>
      )}
    </div>
  );
}

/** One message log entry: status, error and the per-step trace (log level Trace). */
export function LogEntryDetails({ id }: { id: string }) {
  const [entry, setEntry] = useState<MessageLogEntry | null | undefined>(undefined);
  const logVersion = useTenant((s) => s.logVersion);
  useEffect(() => {
    let live = true;
    void tenantStore
      .getState()
      .runtime()
      .then((r) => r.tenant.getLogEntry(id))
      .then((e) => live && setEntry(e ?? null));
    return () => {
      live = false;
    };
  }, [id, logVersion]);

  if (entry === undefined) return <p className="center-state">Loading…</p>;
  if (entry === null)
    return (
      <section className="panel" role="alert">
        <p>No message log entry “{id}” (it may have been pruned).</p>
        <a href={monitorHref()}>Back to the message log</a>
      </section>
    );
  const steps = traceEntries(entry.trace);
  return (
    <section className="panel" aria-label={`Message ${entry.id}`}>
      <p>
        <a href={monitorHref()}>← Message log</a>
      </p>
      <h2 className="mono">{entry.id}</h2>
      <dl className="tenant-kv">
        <div>
          <dt>Flow</dt>
          <dd>
            <a href={flowLink(entry.flowId)}>{entry.flowName}</a> (
            <a href={monitorHref({ flow: entry.flowId })}>all its messages</a>)
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`tenant-status tenant-status--${entry.status.toLowerCase()}`}>
              {entry.status}
            </span>
          </dd>
        </div>
        <div>
          <dt>Start</dt>
          <dd>{new Date(entry.start).toLocaleString()}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(entry.durationMs)}</dd>
        </div>
        {entry.timer ? (
          <div>
            <dt>Started by</dt>
            <dd>Timer Start &quot;{entry.timer}&quot;</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Request</dt>
              <dd className="mono">
                {entry.method} {entry.path}
              </dd>
            </div>
            <div>
              <dt>HTTP status</dt>
              <dd>{entry.httpStatus}</dd>
            </div>
          </>
        )}
        {entry.user && (
          <div>
            <dt>User</dt>
            <dd className="mono">{entry.user}</dd>
          </div>
        )}
      </dl>
      {entry.error && (
        <div className="tenant-error" role="alert">
          <h3>Error</h3>
          <pre className="tenant-pre">{entry.error}</pre>
          {entry.errorStepId && (
            <p>
              In step <code>{entry.errorStepId}</code>
            </p>
          )}
        </div>
      )}
      <h3>Trace</h3>
      {steps.length === 0 ? (
        <p className="muted">
          No trace: set the flow&apos;s log level to Trace and deploy it again to see each
          step&apos;s message.
        </p>
      ) : (
        <ol className="tenant-trace">
          {steps.map((s, i) => (
            <li key={i}>
              <details>
                <summary>
                  {s.stepName || s.stepId}{' '}
                  <span className="muted">
                    ({s.stepType}, {formatDuration(s.durationMs)})
                  </span>
                  {s.error && <span className="field-error"> {s.error.message}</span>}
                </summary>
                <div className="tenant-before-after">
                  <MessageView
                    title="Before"
                    message={s.before}
                    step={s.stepName || s.stepId}
                    fileName={`${entry.id}-${s.stepId}-before`}
                  />
                  <MessageView
                    title="After"
                    message={s.after}
                    step={s.stepName || s.stepId}
                    fileName={`${entry.id}-${s.stepId}-after`}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
