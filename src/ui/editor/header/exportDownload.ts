import { exportFlow, flowFileName } from '../../../core/io';
import type { Flow } from '../../../core';

/** Downloads the flow as canonical JSON `<name>.flow.json` through a temporary Blob link. */
export function downloadFlow(flow: Flow): void {
  const blob = new Blob([exportFlow(flow)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = flowFileName(flow);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
