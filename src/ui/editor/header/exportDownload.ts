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

/** Downloads bytes (a zip) under `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/zip'): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the flow as a CPI integration flow archive `<name>.zip` (codec loaded on use). */
export async function downloadCpiArchive(flow: Flow): Promise<void> {
  const { exportCpiArchive } = await import('../../../core/io/cpi');
  const { safeFileName } = await import('../../../core/io');
  downloadBytes(await exportCpiArchive(flow), `${safeFileName(flow.name, 'flow')}.zip`);
}
