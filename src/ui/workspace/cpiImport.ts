import { exportFlow, exportPackage } from '../../core/io';
import type { Flow } from '../../core/model/flow';
import type { ImportReport } from '../../core/io/cpi';
import type { Package } from '../../core/workspace/package';
import type { ImportMode } from '../../store/workspace/types';
import { workspaceStore } from '../../store/workspaceStore';
import { editorStore } from '../../store/editorStore';
import { alertError } from '../shell/notify';
import { flowHref, packageHref } from '../shell/router';
import { navigate } from '../shell/useRoute';
import { closeImportDialog, showImportDialog } from './importController';

/** A CPI file: artifact or package export (.zip) or a bare .iflw. */
export const isCpiFile = (file: File) => /\.(zip|iflw)$/i.test(file.name);

/**
 * Imports CPI content. Everything is read and checked before the workspace changes; a package
 * export creates its package (or, dropped on a package, adds its flows there); an artifact goes
 * into the package on screen, or into a new package named after it. An import report follows.
 */
export async function importCpiFile(file: File, packageId?: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    alertError(`Could not read "${file.name}"`);
    return;
  }
  // The codec loads with the first CPI import, not with the app.
  const cpi = await import('../../core/io/cpi');
  let result: Awaited<ReturnType<typeof cpi.importCpiArchive>>;
  try {
    result = await cpi.importCpiArchive(bytes, file.name);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const detail = e instanceof cpi.CpiImportError ? e.detail : message;
    const path = e instanceof cpi.CpiImportError ? e.file : file.name;
    showImportDialog({ kind: 'errors', fileName: file.name, errors: [{ path, message: detail }] });
    return;
  }
  const { flows, reports, warnings } = result;
  if (packageId) return importFlows(packageId, flows, reports, warnings, file.name);
  const now = new Date().toISOString();
  const first = flows[0]!;
  const pkg: Package = {
    id: `pkg_${crypto.randomUUID()}`,
    name: result.package?.name ?? first.name,
    technicalName:
      (result.package?.technicalName || first.id).replace(/[^A-Za-z0-9_.]/g, '') || 'Imported',
    shortDescription: result.package?.shortDescription ?? '',
    description: result.package?.description ?? '',
    version: result.package?.version ?? '1.0.0',
    vendor: result.package?.vendor ?? '',
    createdAt: now,
    modifiedAt: now,
  };
  const text = exportPackage(pkg, flows);
  const run = async (mode?: ImportMode) => {
    closeImportDialog();
    const out = await workspaceStore.getState().importPackageFile(text, mode);
    if (out.status === 'invalid')
      return showImportDialog({ kind: 'errors', fileName: file.name, errors: out.errors });
    if (out.status === 'exists')
      return showImportDialog({
        kind: 'exists',
        what: 'package',
        label: out.existing.technicalName,
        retry: (m) => void run(m),
      });
    showImportDialog({
      kind: 'report',
      fileName: file.name,
      packageId: out.package.id,
      href: packageHref(out.package.id),
      reports: reportsFor(
        reports,
        out.flows.map((f) => f.id),
      ),
      warnings: [...warnings, ...out.warnings],
    });
  };
  await run();
}

/** Flow ids may change (Keep both): the report follows the imported flows in order. */
function reportsFor(reports: ImportReport[], ids: string[]): ImportReport[] {
  return reports.map((r, i) => ({ ...r, flowId: ids[i] ?? r.flowId }));
}

async function importFlows(
  packageId: string,
  flows: Flow[],
  reports: ImportReport[],
  warnings: string[],
  fileName: string,
): Promise<void> {
  const ids: string[] = [];
  const all = [...warnings];
  for (const [i, flow] of flows.entries()) {
    let mode: ImportMode | undefined;
    for (;;) {
      const out = await workspaceStore.getState().importFlowFile(packageId, exportFlow(flow), mode);
      if (out.status === 'invalid')
        return showImportDialog({ kind: 'errors', fileName, errors: out.errors });
      if (out.status === 'exists') {
        const choice = await ask(out.existing.id);
        if (!choice) return closeImportDialog();
        mode = choice;
        continue;
      }
      ids[i] = out.summary.id;
      all.push(...out.warnings);
      break;
    }
  }
  const only = flows.length === 1 ? ids[0] : undefined;
  showImportDialog({
    kind: 'report',
    fileName,
    packageId,
    href: only ? flowHref(packageId, only) : packageHref(packageId),
    reports: reportsFor(reports, ids),
    warnings: all,
  });
}

function ask(label: string): Promise<ImportMode | null> {
  return new Promise((resolve) => {
    showImportDialog({
      kind: 'exists',
      what: 'flow',
      label,
      retry: (m) => resolve(m),
      cancel: () => resolve(null),
    });
  });
}

/** Opens the flow and selects the element (report entries link here). */
export function openElement(packageId: string, flowId: string, elementId: string): void {
  closeImportDialog();
  navigate(flowHref(packageId, flowId));
  const pick = () => {
    if (editorStore.getState().flow?.id !== flowId) return false;
    editorStore.getState().select([elementId]);
    return true;
  };
  if (pick()) return;
  const stop = editorStore.subscribe(() => {
    if (pick()) stop();
  });
  setTimeout(stop, 10_000);
}
