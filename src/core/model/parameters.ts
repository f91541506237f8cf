import type { ElementKind, ExternalParameter, Flow, Step } from './flow';

/**
 * Externalised parameters as CPI has them: a field holds `{{Name}}` (names may contain spaces),
 * the flow keeps each name's current value (parameters.prop), and simulation and deployment see
 * the value. Design time keeps the reference; only runs and endpoints resolve it.
 */

/** `{{Name}}` references in a text. */
export const PARAMETER_REF = /\{\{([^{}]+?)\}\}/g;

/** Names referenced in one text, in order of first use. */
export function parameterNames(text: string): string[] {
  if (!text.includes('{{')) return [];
  const names: string[] = [];
  for (const m of text.matchAll(PARAMETER_REF)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/** Where a flow uses a parameter: the element and the config field (top-level key). */
export interface ParameterUse {
  name: string;
  elementId: string;
  elementKind: ElementKind;
  /** Top-level config key holding the reference (for generic adapters, the CPI property). */
  field: string;
}

type Params = Record<string, ExternalParameter> | undefined;

/** Whether a parameter has a value a run can use (defined, and not empty when required). */
export function hasValue(params: Params, name: string): boolean {
  const p = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
  return p !== undefined && (p.value !== '' || !p.required);
}

function collect(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const n of parameterNames(value)) out.add(n);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, out);
  }
}

function usesIn(
  config: Record<string, unknown> | undefined,
  elementId: string,
  elementKind: ElementKind,
  out: ParameterUse[],
): void {
  if (!config) return;
  for (const [key, value] of Object.entries(config)) {
    const names = new Set<string>();
    collect(value, names);
    // A generic adapter keeps CPI's properties in one map: name the property, not the map.
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [prop, v] of Object.entries(value))
        for (const name of parameterNames(typeof v === 'string' ? v : ''))
          out.push({ name, elementId, elementKind, field: prop });
      continue;
    }
    for (const name of names) out.push({ name, elementId, elementKind, field: key });
  }
}

/** Every `{{Name}}` in the configs of steps, links and adapters, one entry per element field. */
export function parameterUses(flow: Flow): ParameterUse[] {
  const out: ParameterUse[] = [];
  for (const s of flow.process.steps) usesIn(s.config, s.id, 'step', out);
  for (const l of flow.process.sequenceFlows) usesIn(l.config, l.id, 'sequenceFlow', out);
  for (const m of flow.messageFlows) usesIn(m.adapter.config, m.id, 'messageFlow', out);
  return out;
}

/** Every parameter of the flow: those with a value and those only referenced, sorted by name. */
export function flowParameterNames(flow: Flow): string[] {
  const names = new Set(Object.keys(flow.parameters ?? {}));
  for (const u of parameterUses(flow)) names.add(u.name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Replaces the references that have a value; unknown ones stay as `{{Name}}`. */
export function resolveText(text: string, params: Params): string {
  if (!text.includes('{{')) return text;
  return text.replace(PARAMETER_REF, (whole, name: string) =>
    params && Object.prototype.hasOwnProperty.call(params, name) ? params[name]!.value : whole,
  );
}

function resolveValue(value: unknown, params: Params): unknown {
  if (typeof value === 'string') return resolveText(value, params);
  if (Array.isArray(value)) {
    const next = value.map((v) => resolveValue(v, params));
    return next.some((v, i) => v !== value[i]) ? next : value;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      next[k] = resolveValue(v, params);
      if (next[k] !== v) changed = true;
    }
    return changed ? next : value;
  }
  return value;
}

function resolveConfig<T extends Record<string, unknown> | undefined>(
  config: T,
  params: Params,
): T {
  return config === undefined ? config : (resolveValue(config, params) as T);
}

/**
 * The flow as a run sees it: every `{{Name}}` with a value replaced in the configs of steps,
 * links and adapters. Elements without references keep their identity; a flow without any is
 * returned as it is. Not cached: some callers (tests, the CLI) change a flow in place between
 * runs, and one walk over the configs costs microseconds next to a run.
 */
export function resolveParameters(flow: Flow): Flow {
  const params = flow.parameters;
  // Unknown references stay as they are, so a flow without parameters has nothing to resolve.
  if (!params || Object.keys(params).length === 0) return flow;
  const step = (s: Step) => {
    const config = resolveConfig(s.config, params);
    return config === s.config ? s : { ...s, config };
  };
  const steps = flow.process.steps.map(step);
  const sequenceFlows = flow.process.sequenceFlows.map((l) => {
    const config = resolveConfig(l.config, params);
    return config === l.config ? l : { ...l, config };
  });
  const messageFlows = flow.messageFlows.map((m) => {
    const config = resolveConfig(m.adapter.config, params);
    return config === m.adapter.config ? m : { ...m, adapter: { ...m.adapter, config } };
  });
  const same = <T>(a: T[], b: T[]) => a.every((x, i) => x === b[i]);
  const out =
    same(steps, flow.process.steps) &&
    same(sequenceFlows, flow.process.sequenceFlows) &&
    same(messageFlows, flow.messageFlows)
      ? flow
      : { ...flow, process: { ...flow.process, steps, sequenceFlows }, messageFlows };
  return out;
}

/** Checks a value against its CPI type (parameters.propdef); a message, or null when fine. */
export function checkParameterValue(
  value: string,
  type: string | undefined,
  required = true,
): string | null {
  if (value === '') return required ? 'Enter a value' : null;
  switch (type) {
    case 'xsd:integer':
    case 'xsd:int':
    case 'xsd:long':
      return /^[+-]?\d+$/.test(value.trim()) ? null : 'Enter a whole number';
    case 'xsd:decimal':
    case 'xsd:double':
    case 'xsd:float':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? null : 'Enter a number';
    case 'xsd:boolean':
      return value === 'true' || value === 'false' ? null : 'Enter true or false';
    default:
      return null;
  }
}
