import type { TenantResponse } from '../../../core/tenant';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { monitorHref } from '../flowLinks';
import { BinaryBody } from '../BinaryBody';
import { header } from '../../../core/tenant/http';

/** One HTTP exchange of a Send (token request, CSRF token fetch, the request itself). */
export interface Exchange {
  label: string;
  method: string;
  url: string;
  status: number;
  note?: string;
  messageId?: string;
}

export interface ConsoleResult {
  response: TenantResponse;
  durationMs: number;
  /** Which exchange the response shown belongs to, e.g. "POST /http/v1/test/hello". */
  label: string;
  /** Every exchange of the last action, in order. */
  exchanges: Exchange[];
}

const statusClass = (status: number) => `tenant-http tenant-http--${Math.floor(status / 100)}xx`;

/** The answer of the last Send: its exchanges, status line, time, log link, headers and body. */
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
          {result.exchanges.length > 1 && (
            <ol className="tenant-exchanges" aria-label="Exchanges">
              {result.exchanges.map((x, i) => (
                <li key={i}>
                  <span className="tenant-exchange-label">{x.label}</span>{' '}
                  <span className="mono">
                    {x.method} {x.url}
                  </span>{' '}
                  → <span className={statusClass(x.status)}>{statusLine(x.status)}</span>
                  {x.note && <span className="muted"> ({x.note})</span>}
                </li>
              ))}
            </ol>
          )}
          <p className="tenant-response-of">
            Response to <span className="mono">{result.label}</span>
          </p>
          <p className="tenant-response-line">
            <span role="status" className={statusClass(result.response.status)}>
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
            {typeof result.response.body === 'string' ? (
              <pre className="tenant-pre">{result.response.body}</pre>
            ) : (
              <BinaryBody
                bytes={result.response.body}
                contentType={header(result.response.headers, 'content-type')}
                fileName={result.response.messageId ?? 'response'}
                label="response body"
              />
            )}
          </section>
        </>
      )}
    </section>
  );
}
