import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import {
  exportFlow,
  exportPackage,
  flowFileName,
  importFlow,
  packageFileName,
  type ImportError,
} from '../io';
import { checkFlowId, deriveFlowId } from './flowId';
import type { FlowSummary, Package, PackageInput } from './package';
import { checkName, createPackage, nameForCopy, type OpContext, type OpResult } from './packageOps';
import { emptyFlowHistory, type WorkspaceRepository } from './repository';

/**
 * The workspace's use-cases over any WorkspaceRepository: the app's workspace store (IndexedDB)
 * and the `ifs` command call these same functions; the store adds what only a UI has (the open
 * editor, other tabs, refreshed lists).
 */

export type ImportMode = 'replace' | 'keepBoth';

export interface ExportedFile {
  fileName: string;
  text: string;
}

/** A new package, checked against the packages already stored, then stored. */
export async function addPackage(
  repo: WorkspaceRepository,
  input: PackageInput,
  ctx: OpContext,
): Promise<OpResult<Package>> {
  const result = createPackage(input, await repo.listPackages(), ctx);
  if (result.ok) await repo.putPackage(result.value);
  return result;
}

/**
 * A new flow (Sender, Start → End, Receiver) in a package. Without `id` it is derived from the
 * name; a given id must be unique in the workspace (checkFlowId).
 */
export async function addFlow(
  repo: WorkspaceRepository,
  packageId: string,
  input: { name: string; description?: string; id?: string },
): Promise<{ ok: true; flow: Flow } | { ok: false; error: string }> {
  const error = checkName(input.name);
  if (error) return { ok: false, error };
  if (!(await repo.getPackage(packageId))) return { ok: false, error: 'Package not found' };
  const taken = (await repo.listFlows()).map((f) => f.id);
  const id = input.id === undefined ? deriveFlowId(input.name, taken) : input.id.trim();
  const idError = input.id === undefined ? null : checkFlowId(id, taken);
  if (idError) return { ok: false, error: idError };
  const flow = newFlow({ id, name: input.name.trim(), description: input.description ?? '' });
  await repo.putFlow(packageId, flow, emptyFlowHistory());
  return { ok: true, flow };
}

export type ImportFlowTextOutcome =
  | { status: 'imported'; flow: Flow; warnings: string[]; replaced?: FlowSummary }
  /** A flow with this id exists: ask the user, then call again with 'replace' or 'keepBoth'. */
  | { status: 'exists'; flow: Flow; warnings: string[]; existing: FlowSummary }
  | { status: 'invalid'; errors: ImportError[] };

/**
 * A flow file into a package, through the one load door. A flow whose id exists is reported
 * unless a mode says what to do: 'replace' (the stored flow is removed first; `beforeReplace`
 * lets the caller close it) or 'keepBoth' (a new id, and a copy name when the package has it).
 */
export async function importFlowText(
  repo: WorkspaceRepository,
  packageId: string,
  text: string,
  mode?: ImportMode,
  hooks: { beforeReplace?: (existing: FlowSummary) => Promise<void> } = {},
): Promise<ImportFlowTextOutcome> {
  const result = importFlow(text);
  if (!result.ok) return { status: 'invalid', errors: result.errors };
  let { flow } = result;
  const all = await repo.listFlows();
  const existing = all.find((f) => f.id === flow.id);
  if (existing && !mode) return { status: 'exists', flow, warnings: result.warnings, existing };
  if (existing && mode === 'keepBoth') {
    // The kept copy gets a new id and, when the package already has its name, a copy name as
    // duplicate gives ("Hello World (copy)"), so the two rows can be told apart.
    const names = all.filter((f) => f.packageId === packageId).map((f) => f.name);
    flow = {
      ...flow,
      id: deriveFlowId(
        flow.name,
        all.map((f) => f.id),
      ),
      name: names.includes(flow.name) ? nameForCopy(flow.name, names) : flow.name,
    };
  }
  const replaced = existing && mode === 'replace' ? existing : undefined;
  if (replaced) {
    await hooks.beforeReplace?.(replaced);
    if (replaced.packageId !== packageId) await repo.deleteFlow(replaced.id);
  }
  await repo.putFlow(packageId, flow, emptyFlowHistory());
  return { status: 'imported', flow, warnings: result.warnings, ...(replaced ? { replaced } : {}) };
}

/** A flow as its canonical file (`<id>.flow.json`), as Export gives it. */
export function flowFile(flow: Flow): ExportedFile {
  return { fileName: flowFileName(flow), text: exportFlow(flow) };
}

/** A package with its flows as one file (`<technical name>.package.json`). */
export function packageFile(pkg: Package, flows: Flow[]): ExportedFile {
  return { fileName: packageFileName(pkg), text: exportPackage(pkg, flows) };
}
