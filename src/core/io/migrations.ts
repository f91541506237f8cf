import { SCHEMA_VERSION } from '../model/flow';
import { issue, type ImportError } from './paths';

type RawFile = Record<string, unknown>;

/**
 * Upgrades of the file format: `migrations[n]` turns a version-n file into version n+1.
 * Add an entry (and bump SCHEMA_VERSION) whenever the saved shape changes.
 *
 * 1 → 2: elements may carry an `extensions` bag, scripts a `language` of javascript or groovy
 * and a CPI `path`, flows `parameters` and `resources.files`. Everything new is optional, so a
 * version-1 file only gets its script languages made explicit.
 */
export const migrations: Readonly<Record<number, (file: RawFile) => RawFile>> = {
  1: (file) => {
    const resources = file.resources;
    if (resources === null || typeof resources !== 'object' || Array.isArray(resources))
      return file;
    const scripts = (resources as RawFile).scripts;
    if (!Array.isArray(scripts)) return file;
    return {
      ...file,
      resources: {
        ...(resources as RawFile),
        scripts: scripts.map((s: unknown) =>
          s !== null && typeof s === 'object' && !('language' in s)
            ? { ...(s as RawFile), language: 'javascript' }
            : s,
        ),
      },
    };
  },
};

export type MigrateResult =
  { ok: true; value: RawFile; warnings: string[] } | { ok: false; errors: ImportError[] };

/** Brings a raw file to `target` through the table, refusing missing, odd or newer versions. */
export function migrate(
  file: RawFile,
  table: Readonly<Record<number, (file: RawFile) => RawFile>> = migrations,
  target: number = SCHEMA_VERSION,
): MigrateResult {
  const version = file.schemaVersion;
  if (version === undefined)
    return {
      ok: false,
      errors: [issue(['schemaVersion'], 'is missing: this is not an Integration Flow Studio file')],
    };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      errors: [
        issue(['schemaVersion'], `must be a whole number ≥ 1, got ${JSON.stringify(version)}`),
      ],
    };
  if (version > target)
    return {
      ok: false,
      errors: [
        issue(
          ['schemaVersion'],
          `version ${version} was written by a newer Integration Flow Studio; this one reads up to version ${target}`,
        ),
      ],
    };
  let current = file;
  const warnings: string[] = [];
  for (let v = version; v < target; v++) {
    const step = table[v];
    if (!step)
      return {
        ok: false,
        errors: [
          issue(
            ['schemaVersion'],
            `version ${version} is no longer supported (no upgrade from ${v})`,
          ),
        ],
      };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  if (version < target)
    warnings.push(`Upgraded the file from schemaVersion ${version} to ${target}`);
  return { ok: true, value: current, warnings };
}
