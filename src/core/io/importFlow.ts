import type { Flow } from '../model/flow';
import { checkConfigs } from './checkConfigs';
import { checkIntegrity } from './checkIntegrity';
import { flowSchema } from './flowSchema';
import { migrate } from './migrations';
import { parseJsonSafely } from './parseJson';
import { issue, type ImportError, type PathSegment } from './paths';
import { repairFlow } from './repairFlow';
import { validateWith } from './zodIssues';

export type ImportFlowResult =
  { ok: true; flow: Flow; warnings: string[] } | { ok: false; errors: ImportError[] };

const KIND_NAMES: Record<string, string> = {
  'ifs-package': 'a package bundle; import it as a package',
  'ifs-clipboard': 'clipboard content, not a flow file',
};

/**
 * The single door for loaded flow data (files, drops, bundles): parse → refuse dangerous keys
 * → check and migrate schemaVersion → repair → schema → step/adapter configs → references.
 * Nothing half-valid gets through; every error names the path of what is wrong.
 */
export function importFlow(text: string): ImportFlowResult {
  const parsed = parseJsonSafely(text);
  return parsed.ok ? importFlowValue(parsed.value, []) : parsed;
}

/** importFlow for an already parsed (and dangerous-key checked) value at `prefix`. */
export function importFlowValue(value: unknown, prefix: PathSegment[]): ImportFlowResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return { ok: false, errors: [issue(prefix, `expected a flow (a JSON object), got ${got}`)] };
  }
  const raw = value as Record<string, unknown>;
  if ('kind' in raw) {
    const what = typeof raw.kind === 'string' ? KIND_NAMES[raw.kind] : undefined;
    return {
      ok: false,
      errors: [
        issue(
          [...prefix, 'kind'],
          `this is ${what ?? `not a flow file (kind ${JSON.stringify(raw.kind)})`}`,
        ),
      ],
    };
  }
  const migrated = migrate(raw);
  if (!migrated.ok)
    return { ok: false, errors: migrated.errors.map((e) => issue([...prefix, e.path], e.message)) };
  const warnings = [...migrated.warnings];
  const repaired = repairFlow(migrated.value, prefix, warnings);
  const checked = validateWith(flowSchema, repaired, prefix);
  if (!checked.ok) return checked;
  const configs = checkConfigs(checked.value as Flow, prefix, warnings);
  if (!configs.ok) return configs;
  const linked = checkIntegrity(configs.flow, prefix, warnings);
  if (!linked.ok) return linked;
  return { ok: true, flow: linked.flow, warnings };
}
