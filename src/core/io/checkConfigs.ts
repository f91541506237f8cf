import type * as z from 'zod/mini';
import type { Flow } from '../model/flow';
import { getAdapterType } from '../adapters';
import { getStepType, isParticipantType } from '../registry/registry';
import { formatPath, issue, type ImportError, type PathSegment } from './paths';
import { noteParsedConfig } from '../validation/configProblems';
import { validateWith } from './zodIssues';

type ConfigResult = { config: Record<string, unknown> } | { errors: ImportError[] };

/**
 * Checks a config against its type's schema. Keys the type added since the file was written
 * are filled from the defaults, with a warning; anything else wrong is an error.
 */
function checkConfig(
  schema: z.ZodMiniType<Record<string, unknown>>,
  defaultConfig: () => Record<string, unknown>,
  config: Record<string, unknown>,
  path: PathSegment[],
  warnings: string[],
): ConfigResult {
  const direct = validateWith(schema, config, path);
  if (direct.ok) {
    noteParsedConfig(schema, direct.value);
    return { config: direct.value };
  }
  const defaults = defaultConfig();
  const missing = Object.keys(defaults).filter((k) => !(k in config));
  if (missing.length) {
    const merged = validateWith(schema, { ...defaults, ...config }, path);
    if (merged.ok) {
      warnings.push(`${formatPath(path)}: missing ${missing.join(', ')}, set to the defaults`);
      noteParsedConfig(schema, merged.value);
      return { config: merged.value };
    }
    return { errors: merged.errors };
  }
  return { errors: direct.errors };
}

/** Step and adapter configs against the registry; returns the flow with checked configs. */
export function checkConfigs(
  flow: Flow,
  prefix: PathSegment[],
  warnings: string[],
): { ok: true; flow: Flow } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const steps = flow.process.steps.map((step, i) => {
    const at: PathSegment[] = [...prefix, 'process', 'steps', i];
    const def = getStepType(step.type);
    if (!def || isParticipantType(step.type)) {
      errors.push(
        issue(
          [...at, 'type'],
          def ? `"${step.type}" is a participant, not a step` : `unknown step type "${step.type}"`,
        ),
      );
      return step;
    }
    const r = checkConfig(
      def.configSchema,
      () => def.defaultConfigOf?.(step) ?? def.defaultConfig(),
      step.config,
      [...at, 'config'],
      warnings,
    );
    if ('errors' in r) errors.push(...r.errors);
    return 'config' in r ? { ...step, config: r.config } : step;
  });
  const messageFlows = flow.messageFlows.map((mf, i) => {
    const at: PathSegment[] = [...prefix, 'messageFlows', i, 'adapter'];
    const def = getAdapterType(mf.adapter.type);
    if (!def) {
      errors.push(issue([...at, 'type'], `unknown adapter type "${mf.adapter.type}"`));
      return mf;
    }
    const r = checkConfig(
      def.configSchema,
      () => def.defaultConfig(),
      mf.adapter.config,
      [...at, 'config'],
      warnings,
    );
    if ('errors' in r) errors.push(...r.errors);
    return 'config' in r ? { ...mf, adapter: { ...mf.adapter, config: r.config } } : mf;
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, flow: { ...flow, process: { ...flow.process, steps }, messageFlows } };
}
