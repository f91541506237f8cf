import * as z from 'zod/mini';
import type { Flow } from '../model/flow';
import type { Package } from '../workspace/package';
import { checkTechnicalName } from '../workspace/technicalName';
import { canonicalFlow } from './canonical';
import { safeFileName } from './exportFlow';
import { importFlowValue } from './importFlow';
import { LIMITS } from './limits';
import { migrate } from './migrations';
import { parseJsonSafely } from './parseJson';
import { issue, type ImportError } from './paths';
import { validateWith } from './zodIssues';

export const PACKAGE_KIND = 'ifs-package';

const text = (max: number) => z.string().check(z.maxLength(max));
/** 1 to `max` characters. */
const filled = (max: number) => z.string().check(z.maxLength(max), z.minLength(1));
export const packageSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  name: filled(LIMITS.name),
  technicalName: filled(100),
  shortDescription: text(1000),
  description: text(LIMITS.description),
  version: filled(50),
  vendor: text(200),
  createdAt: text(40),
  modifiedAt: text(40),
});

/** Outer shape of a bundle; flows are checked one by one through importFlowValue. */
const bundleSchema = z.strictObject({
  kind: z.literal(PACKAGE_KIND),
  schemaVersion: z.number(),
  package: packageSchema,
  flows: z.array(z.unknown()).check(z.maxLength(1000)),
});

const BUNDLE_VERSION = 1;

export type ImportPackageResult =
  | { ok: true; package: Package; flows: Flow[]; warnings: string[] }
  | { ok: false; errors: ImportError[] };

/** One file holding a package and all its flows, canonical like exportFlow. */
export function exportPackage(pkg: Package, flows: readonly Flow[]): string {
  const bundle = {
    kind: PACKAGE_KIND,
    schemaVersion: BUNDLE_VERSION,
    package: {
      id: pkg.id,
      name: pkg.name,
      technicalName: pkg.technicalName,
      shortDescription: pkg.shortDescription,
      description: pkg.description,
      version: pkg.version,
      vendor: pkg.vendor,
      createdAt: pkg.createdAt,
      modifiedAt: pkg.modifiedAt,
    },
    flows: flows.map(canonicalFlow),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** `<technicalName>.package.json`. */
export function packageFileName(pkg: Package): string {
  return `${safeFileName(pkg.technicalName, 'package')}.package.json`;
}

/** Reads a package bundle with the same checks as a flow file, flow by flow. */
export function importPackage(input: string): ImportPackageResult {
  const parsed = parseJsonSafely(input);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, errors: [issue([], 'expected a package bundle (a JSON object)')] };
  const obj = raw as Record<string, unknown>;
  if (obj.kind !== PACKAGE_KIND)
    return {
      ok: false,
      errors: [
        issue(
          ['kind'],
          obj.kind === undefined && 'process' in obj
            ? 'this is a flow file: import it with Import flow in a package'
            : obj.kind === undefined
              ? 'is missing: this is not a package bundle exported by Integration Flow Studio'
              : `expected "${PACKAGE_KIND}", got ${JSON.stringify(obj.kind)}`,
        ),
      ],
    };
  // The bundle's own format is still version 1; each flow in it carries (and migrates) its own.
  const migrated = migrate(obj, {}, BUNDLE_VERSION);
  if (!migrated.ok) return migrated;
  const outer = validateWith(bundleSchema, migrated.value, []);
  if (!outer.ok) return outer;
  const pkg = outer.value.package;
  const tn = checkTechnicalName(pkg.technicalName, []);
  if (tn) return { ok: false, errors: [issue(['package', 'technicalName'], tn)] };

  const warnings = [...migrated.warnings];
  const errors: ImportError[] = [];
  const flows: Flow[] = [];
  const ids = new Map<string, number>();
  outer.value.flows.forEach((value, i) => {
    const r = importFlowValue(value, ['flows', i]);
    if (!r.ok) return void errors.push(...r.errors);
    const before = ids.get(r.flow.id);
    if (before !== undefined)
      errors.push(
        issue(['flows', i, 'id'], `duplicate flow id "${r.flow.id}" (also flows[${before}])`),
      );
    ids.set(r.flow.id, i);
    warnings.push(...r.warnings);
    flows.push(r.flow);
  });
  return errors.length ? { ok: false, errors } : { ok: true, package: pkg, flows, warnings };
}
