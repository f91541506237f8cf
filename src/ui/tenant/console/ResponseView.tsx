import type { TenantResponse } from '../../../core/tenant';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { monitorHref } from '../flowLinks';

export interface ConsoleResult {
  response: TenantResponse;
  durationMs: number;
}

/** The answer of the last Send: status line, time, log link, headers and body. */
export function ResponseView({ result, error }: { result: ConsoleResult | null; error: string }) {
  return (
    <section className="panel tenant-response" aria-label="Response">
      <h2>Response</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {!result ? (
        <p className="muted">Send a request to see the answer here.</p>
      ) : (
        <>
          <p className="tenant-response-line">
            <span
              role="status"
              className={`tenant-http tenant-http--${Math.floor(result.response.status / 100)}xx`}
            >
              {statusLine(result.response.status)}
            </span>
            <span className="muted">{Math.round(result.durationMs)} ms</span>
            {result.response.messageId && (
              <a href={monitorHref({}, result.response.messageId)}>Message log entry</a>
            )}
          </p>
          <details>
            <summary>Headers ({Object.keys(result.response.headers).length})</summary>
            <dl className="tenant-kv">
              {Object.entries(result.response.headers).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd className="mono">{v}</dd>
                </div>
              ))}
            </dl>
          </details>
          <section aria-label="Response body">
            <pre className="tenant-pre">{result.response.body}</pre>
          </section>
        </>
      )}
    </section>
  );
}
