import type { Flow } from '../model/flow';
import type { ImportError } from '../io';
import { deriveFlowId } from './flowId';
import type { FlowSummary, Package } from './package';
import { nameForCopy, type OpContext } from './packageOps';
import { emptyFlowHistory, type WorkspaceRepository } from './repository';
import { uniqueTechnicalName } from './technicalName';
import type { ImportMode } from './useCases';

export type ImportPackageOutcome =
  | { status: 'imported'; package: Package; flows: FlowSummary[]; warnings: string[] }
  /** A package with this id or technical name exists: ask, then call again with a mode. */
  | { status: 'exists'; package: Package; warnings: string[]; existing: Package }
  | { status: 'invalid'; errors: ImportError[] };

/**
 * Stores an imported package bundle. A clash (same package id or technical name) is reported
 * as 'exists' unless a mode says what to do; flow ids that clash with flows outside the
 * replaced package get new ids, with a warning.
 */
export async function importPackageInto(
  repo: WorkspaceRepository,
  bundle: { package: Package; flows: Flow[]; warnings: string[] },
  mode: ImportMode | undefined,
  env: {
    packages: readonly Package[];
    openFlowId: string | null;
    closeOpenFlow: () => Promise<void>;
    ctx: OpContext;
  },
): Promise<ImportPackageOutcome> {
  const warnings = [...bundle.warnings];
  let pkg = bundle.package;
  const tn = pkg.technicalName.toLowerCase();
  const existing = env.packages.find(
    (p) => p.id === pkg.id || p.technicalName.toLowerCase() === tn,
  );
  if (existing && !mode) return { status: 'exists', package: pkg, warnings, existing };

  let others = env.packages;
  if (existing && mode === 'replace') {
    const replacedFlows = await repo.listFlows(existing.id);
    if (env.openFlowId && replacedFlows.some((f) => f.id === env.openFlowId))
      await env.closeOpenFlow();
    await repo.deletePackage(existing.id);
    others = env.packages.filter((p) => p.id !== existing.id);
  }
  if (existing && mode === 'keepBoth') {
    pkg = {
      ...pkg,
      id: env.ctx.newId(),
      // A taken name becomes a copy name as duplicate gives, so the two rows differ.
      name: others.some((p) => p.name === pkg.name)
        ? nameForCopy(
            pkg.name,
            others.map((p) => p.name),
          )
        : pkg.name,
      technicalName: uniqueTechnicalName(
        pkg.technicalName,
        others.map((p) => p.technicalName),
      ),
    };
  } else if (others.some((p) => p.id !== pkg.id && p.technicalName.toLowerCase() === tn)) {
    pkg = {
      ...pkg,
      technicalName: uniqueTechnicalName(
        pkg.technicalName,
        others.map((p) => p.technicalName),
      ),
    };
  }

  await repo.putPackage(pkg);
  const taken = new Set((await repo.listFlows()).map((f) => f.id));
  for (const flow of bundle.flows) {
    let stored = flow;
    if (taken.has(flow.id)) {
      stored = { ...flow, id: deriveFlowId(flow.name, taken) };
      warnings.push(`Flow "${flow.name}": id "${flow.id}" is in use; imported as "${stored.id}"`);
    }
    taken.add(stored.id);
    await repo.putFlow(pkg.id, stored, emptyFlowHistory());
  }
  return { status: 'imported', package: pkg, flows: await repo.listFlows(pkg.id), warnings };
}
