import type { Flow, ScriptResource, Step } from '../model/flow';
import { allIds, idPrefix, nextId, nextName, nextScriptName } from '../model/ids';
import { getStepType, isParticipantType } from '../registry/registry';
import type { StepTypeDef } from '../registry/types';
import { canAdd } from '../rules/canAdd';
import { SCRIPT_TEMPLATE } from '../script/template';
import { isOwnPool, nextOwnPoolPosition, overlapsPools } from '../layout/sizes';
import { growToFit } from './growToFit';
import { assertFinitePoint, done, fail, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

export function elementAdd(flow: Flow, payload: CommandPayloads['element.add']): CommandOutcome {
  const check = canAdd(flow, payload.type, payload.parentId);
  if (!check.ok) fail(check.reason);
  assertFinitePoint(payload.position, 'A new element');
  const def = getStepType(payload.type) as StepTypeDef;
  const ids = allIds(flow);
  if (payload.id !== undefined && ids.has(payload.id))
    fail(`The id "${payload.id}" is already in use`);

  if (isParticipantType(payload.type)) {
    const id = payload.id ?? nextId(ids, 'Participant');
    const name =
      payload.name ??
      nextName(
        flow.participants.map((p) => p.name),
        def.defaultName,
      );
    const kind = payload.type as 'sender' | 'receiver';
    const participant = { id, kind, name, position: { ...payload.position } };
    return done({ ...flow, participants: [...flow.participants, participant] }, [id]);
  }

  const id = payload.id ?? nextId(ids, idPrefix(def.type));
  const { config, scripts } = withNewScripts(flow, def);
  const step: Step = {
    id,
    type: def.type,
    name:
      payload.name ??
      nextName(
        flow.process.steps.map((s) => s.name),
        def.defaultName,
      ),
    position: { ...payload.position },
    ...(payload.parentId !== undefined ? { parentId: payload.parentId } : {}),
    ...(def.container ? { size: { ...def.size } } : {}),
    config,
  };
  // A Local Integration Process is a pool of its own: dropped on the main pool (or another
  // pool), it goes under them instead.
  if (isOwnPool(step) && overlapsPools(flow.process, { ...step.position, ...def.size }))
    step.position = nextOwnPoolPosition(flow.process);
  // A step (a subprocess above all) that does not fit where it lands grows its pool.
  const next = growToFit(
    withProcess(flow, (p) => ({ steps: [...p.steps, step] })),
    [id],
  );
  return done(scripts.length ? { ...next, resources: { ...next.resources, scripts } } : next, [id]);
}

/**
 * As in CPI, a new step with a script field gets its own new script resource (script<N>.js,
 * the template) instead of an empty reference. Driven by the form, not by the step type.
 * Returns the config and the flow's new script list (empty when nothing was created).
 */
function withNewScripts(
  flow: Flow,
  def: StepTypeDef,
): { config: Record<string, unknown>; scripts: ScriptResource[] } {
  const config = def.defaultConfig();
  let scripts = flow.resources.scripts;
  const created: ScriptResource[] = [];
  for (const group of def.form) {
    for (const field of group.fields) {
      if (field.kind !== 'script' || config[field.key]) continue;
      const name = nextScriptName({ ...flow, resources: { ...flow.resources, scripts } });
      const resource: ScriptResource = { name, language: 'javascript', content: SCRIPT_TEMPLATE };
      config[field.key] = name;
      scripts = [...scripts, resource];
      created.push(resource);
    }
  }
  return { config, scripts: created.length ? scripts : [] };
}
