import type { Flow } from '../model/flow';
import { deriveFlowId } from './flowId';
import {
  DEFAULT_PACKAGE_VERSION,
  type FieldError,
  type Package,
  type PackageInput,
} from './package';
import { checkTechnicalName, deriveTechnicalName, uniqueTechnicalName } from './technicalName';

export const MAX_PACKAGE_NAME = 200;
export const MAX_SHORT_DESCRIPTION = 1000;
export const MAX_DESCRIPTION = 20000;

/** What pure operations need from the outside world: ids and the clock stay injectable. */
export interface OpContext {
  newId: () => string;
  now: () => string;
}

export const defaultContext: OpContext = {
  newId: () => `pkg_${globalThis.crypto.randomUUID()}`,
  now: () => new Date().toISOString(),
};

export type OpResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function checkFields(pkg: Package, others: readonly Package[]): FieldError[] {
  const errors: FieldError[] = [];
  const name = checkName(pkg.name);
  if (name) errors.push({ field: 'name', message: name });
  const tn = checkTechnicalName(
    pkg.technicalName,
    others.map((p) => p.technicalName),
  );
  if (tn) errors.push({ field: 'technicalName', message: tn });
  if (pkg.shortDescription.length > MAX_SHORT_DESCRIPTION)
    errors.push({
      field: 'shortDescription',
      message: `Short description must be at most ${MAX_SHORT_DESCRIPTION} characters`,
    });
  if (pkg.description.length > MAX_DESCRIPTION)
    errors.push({
      field: 'description',
      message: `Description must be at most ${MAX_DESCRIPTION} characters`,
    });
  if (!pkg.version.trim()) errors.push({ field: 'version', message: 'Version is required' });
  if (pkg.version.length > 50 || pkg.vendor.length > 200)
    errors.push({ field: 'version', message: 'Version or vendor is too long' });
  return errors;
}

/** A new package; the technical name is derived from the name when not given. */
export function createPackage(
  input: PackageInput,
  existing: readonly Package[],
  ctx: OpContext = defaultContext,
): OpResult<Package> {
  const now = ctx.now();
  const pkg: Package = {
    id: ctx.newId(),
    name: input.name.trim(),
    technicalName:
      input.technicalName ??
      uniqueTechnicalName(
        deriveTechnicalName(input.name),
        existing.map((p) => p.technicalName),
      ),
    shortDescription: input.shortDescription ?? '',
    description: input.description ?? '',
    version: input.version ?? DEFAULT_PACKAGE_VERSION,
    vendor: input.vendor ?? '',
    createdAt: now,
    modifiedAt: now,
  };
  const errors = checkFields(pkg, existing);
  return errors.length ? { ok: false, errors } : { ok: true, value: pkg };
}

/** Changes package fields (rename included); `existing` may contain the package itself. */
export function updatePackage(
  pkg: Package,
  patch: Partial<PackageInput>,
  existing: readonly Package[],
  ctx: OpContext = defaultContext,
): OpResult<Package> {
  const next: Package = {
    ...pkg,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    modifiedAt: ctx.now(),
  };
  if (patch.name !== undefined) next.name = patch.name.trim();
  const errors = checkFields(
    next,
    existing.filter((p) => p.id !== pkg.id),
  );
  return errors.length ? { ok: false, errors } : { ok: true, value: next };
}

/**
 * A copy of a package with its flows: new package id, "(copy)" name, unique technical name,
 * and every flow under a new unique flow id.
 */
export function duplicatePackage(
  pkg: Package,
  flows: readonly Flow[],
  existing: readonly Package[],
  existingFlowIds: Iterable<string>,
  ctx: OpContext = defaultContext,
): { package: Package; flows: Flow[] } {
  const now = ctx.now();
  const copy: Package = {
    ...pkg,
    id: ctx.newId(),
    name: nameForCopy(
      pkg.name,
      existing.map((p) => p.name),
    ),
    technicalName: uniqueTechnicalName(
      `${pkg.technicalName}_copy`.slice(0, 100),
      existing.map((p) => p.technicalName),
    ),
    createdAt: now,
    modifiedAt: now,
  };
  const taken = new Set(existingFlowIds);
  const copies = flows.map((flow) => {
    const copyFlow = duplicateFlow(flow, taken, flow.name);
    taken.add(copyFlow.id);
    return copyFlow;
  });
  return { package: copy, flows: copies };
}

/**
 * Name for a copy (duplicate, import with "Keep both"): "<name> (copy)", or "(copy 2)",
 * "(copy 3)", … whichever `taken` does not hold. A copy of a copy counts on from its base
 * ("X (copy)" → "X (copy 2)") instead of stacking suffixes.
 */
export function nameForCopy(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = base.slice(0, MAX_PACKAGE_NAME - suffix.length) + suffix;
    if (!names.has(candidate)) return candidate;
  }
}

/**
 * A copy of a flow under a new unique id (derived from the new name). Without a name it is
 * called "<name> (copy)"; callers pass nameForCopy(…) to keep names unique in a package.
 */
export function duplicateFlow(flow: Flow, existingIds: Iterable<string>, name?: string): Flow {
  const newName = name ?? nameForCopy(flow.name, []);
  const copy = structuredClone(flow);
  return { ...copy, id: deriveFlowId(newName, existingIds), name: newName };
}

/** A flow renamed and/or re-described; the id stays (it is what deployments refer to). */
export function renameFlow(flow: Flow, patch: { name?: string; description?: string }): Flow {
  return {
    ...flow,
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
  };
}

/** Checks a package's or flow's name as typed in a dialog; a message or null. */
export function checkName(name: string): string | null {
  if (!name.trim()) return 'Name is required';
  if (name.length > MAX_PACKAGE_NAME) return `Name must be at most ${MAX_PACKAGE_NAME} characters`;
  return null;
}

/** The package list without one package (delete); flows go with it in the repository. */
export function removePackage(packages: readonly Package[], id: string): Package[] {
  return packages.filter((p) => p.id !== id);
}
