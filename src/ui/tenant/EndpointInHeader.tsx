import { useId } from 'react';
import { CopyButton } from './CopyButton';

/**
 * The deployed endpoint in the flow editor's header: shortened to fit one line, the whole URL
 * (and CPI's runtime name for it) on hover and on keyboard focus, and a copy button.
 */
export function EndpointInHeader({ url, runtimeUrl }: { url: string; runtimeUrl: string }) {
  const tipId = useId();
  return (
    <span className="tenant-endpoint-wrap">
      <code
        className="tenant-endpoint"
        tabIndex={0}
        aria-describedby={tipId}
        style={{ flexBasis: `${url.length + 1}ch` }}
      >
        {url}
      </code>
      <span role="tooltip" id={tipId} className="tenant-endpoint-tip">
        <span className="mono">{url}</span>
        <span className="muted">
          CPI runtime: <span className="mono">{runtimeUrl}</span>
        </span>
      </span>
      <CopyButton text={url} label="Copy endpoint" className="ifs-btn tenant-nowrap" compact />
    </span>
  );
}
