import { createStore } from 'zustand/vanilla';
import type { ImportError } from '../../core/io';
import type { ImportReport } from '../../core/io/cpi/report';
import type { ImportMode } from '../../store/workspace/types';
import { workspaceStore } from '../../store/workspaceStore';
import { alertError, toast } from '../shell/notify';
import { flowHref, packageHref } from '../shell/router';

// One import flow for the file picker and for dropping a file on the window: parse/validate in
// the store, then ask (id exists), report errors or warnings through the dialog state below.

export type ImportKind = 'flow' | 'package';

export type ImportDialogState =
  | { kind: 'none' }
  | { kind: 'errors'; fileName: string; errors: ImportError[] }
  | {
      kind: 'exists';
      what: ImportKind;
      label: string;
      retry: (mode: ImportMode) => void;
      cancel?: () => void;
    }
  | { kind: 'warnings'; what: ImportKind; name: string; href: string; warnings: string[] }
  | {
      kind: 'report';
      fileName: string;
      packageId: string;
      href: string;
      reports: ImportReport[];
      warnings: string[];
    };

export const importDialogStore = createStore<{ dialog: ImportDialogState }>(() => ({
  dialog: { kind: 'none' },
}));

const show = (dialog: ImportDialogState) => importDialogStore.setState({ dialog });
export const showImportDialog = show;
export const closeImportDialog = () => show({ kind: 'none' });

async function readText(file: File): Promise<string | null> {
  try {
    return await file.text();
  } catch {
    alertError(`Could not read "${file.name}"`);
    return null;
  }
}

/** Imports a flow file into a package; asks when its id exists. */
export async function importFlowIntoPackage(packageId: string, file: File): Promise<void> {
  if (/\.(zip|iflw)$/i.test(file.name))
    return (await import('./cpiImport')).importCpiFile(file, packageId);
  const text = await readText(file);
  if (text === null) return;
  const run = async (mode?: ImportMode) => {
    closeImportDialog();
    const out = await workspaceStore.getState().importFlowFile(packageId, text, mode);
    if (out.status === 'invalid')
      return show({ kind: 'errors', fileName: file.name, errors: out.errors });
    if (out.status === 'exists') {
      return show({
        kind: 'exists',
        what: 'flow',
        label: out.existing.id,
        retry: (m) => void run(m),
      });
    }
    const href = flowHref(packageId, out.summary.id);
    if (out.warnings.length > 0) {
      return show({
        kind: 'warnings',
        what: 'flow',
        name: out.summary.name,
        href,
        warnings: out.warnings,
      });
    }
    toast(`Imported integration flow "${out.summary.name}"`);
  };
  await run();
}

/** Imports a package bundle; asks when the package exists. */
export async function importPackageBundle(file: File): Promise<void> {
  if (/\.(zip|iflw)$/i.test(file.name)) return (await import('./cpiImport')).importCpiFile(file);
  const text = await readText(file);
  if (text === null) return;
  const run = async (mode?: ImportMode) => {
    closeImportDialog();
    const out = await workspaceStore.getState().importPackageFile(text, mode);
    if (out.status === 'invalid')
      return show({ kind: 'errors', fileName: file.name, errors: out.errors });
    if (out.status === 'exists') {
      const label = out.existing.technicalName;
      return show({ kind: 'exists', what: 'package', label, retry: (m) => void run(m) });
    }
    const href = packageHref(out.package.id);
    if (out.warnings.length > 0) {
      return show({
        kind: 'warnings',
        what: 'package',
        name: out.package.name,
        href,
        warnings: out.warnings,
      });
    }
    toast(`Imported package "${out.package.name}" with ${out.flows.length} integration flow(s)`);
  };
  await run();
}
