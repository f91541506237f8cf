import { getAdapterType } from '../adapters';
import type { Flow } from '../model/flow';
import { hasValue, type ParameterUse } from '../model/parameters';
import { getStepType } from '../registry/registry';
import type { FieldGroup } from '../registry/types';
import type { Problem } from './problem';

const onField = (p: Problem, u: ParameterUse) =>
  p.elementId === u.elementId &&
  p.field !== undefined &&
  (p.field === u.field || p.field.startsWith(`${u.field}.`) || p.field.startsWith(`${u.field}[`));

function labelOf(form: FieldGroup[], key: string): string {
  for (const g of form) for (const f of g.fields) if (f.key === key) return f.label;
  return key;
}

/** How a problem names the element and field of a use: "HTTPS adapter (Sender → Start): Address". */
export function describeParameterUse(
  flow: Flow,
  u: ParameterUse,
): { where: string; readOnly: boolean } {
  if (u.elementKind === 'messageFlow') {
    const link = flow.messageFlows.find((m) => m.id === u.elementId);
    const def = link && getAdapterType(link.adapter.type);
    const name = (id: string | undefined) =>
      [...flow.participants, ...flow.process.steps].find((e) => e.id === id)?.name ?? id;
    const label = def?.label ?? link?.adapter.type ?? 'adapter';
    return {
      where: `${label} adapter (${name(link?.source)} → ${name(link?.target)}): ${labelOf(def?.form ?? [], u.field)}`,
      readOnly: !!def?.readOnly,
    };
  }
  if (u.elementKind === 'step') {
    const step = flow.process.steps.find((s) => s.id === u.elementId);
    const def = step && getStepType(step.type);
    return {
      where: `${step?.name ?? u.elementId}: ${labelOf(def?.form ?? [], u.field)}`,
      readOnly: !!def?.readOnly,
    };
  }
  return { where: `Route ${u.elementId}: ${u.field}`, readOnly: false };
}

/**
 * Validation of a flow with externalised parameters: the checks ran on the resolved flow, so a
 * field that names a parameter is judged by its value ("… (value of {{Sender Path}})"); a field
 * whose parameter has no value gets one clear problem instead of complaints about "{{…}}".
 * Content the studio cannot run (placeholders, other CPI adapters) only gets a warning.
 */
export function withParameterProblems(
  flow: Flow,
  uses: ParameterUse[],
  problems: Problem[],
): Problem[] {
  const missing = uses.filter((u) => !hasValue(flow.parameters, u.name));
  const out = problems
    .filter((p) => !missing.some((u) => onField(p, u)))
    .map((p) => {
      const names = uses.filter((u) => onField(p, u)).map((u) => `{{${u.name}}}`);
      return names.length ? { ...p, message: `${p.message} (value of ${names.join(', ')})` } : p;
    });
  for (const u of missing) {
    const { where, readOnly } = describeParameterUse(flow, u);
    const defined =
      !!flow.parameters && Object.prototype.hasOwnProperty.call(flow.parameters, u.name);
    out.push({
      severity: readOnly ? 'warning' : 'error',
      message: `${where} uses parameter {{${u.name}}}, which ${defined ? 'has no value' : 'is not defined'}: set it with Configure`,
      elementId: u.elementId,
      elementKind: u.elementKind,
      field: u.field,
    });
  }
  return out;
}
