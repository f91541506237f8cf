import { getAdapterType } from '../adapters';
import { parseNamespaceMapping } from '../expression';
import type { Flow, MessageFlow, Step } from '../model/flow';
import { parameterUses, resolveParameters } from '../model/parameters';
import { getStepType } from '../registry/registry';
import { senderlessStart } from '../registry/processStart';
import { configErrors } from './configProblems';
import { graphProblems, linkProblems } from './graphProblems';
import { withParameterProblems } from './parameterProblems';
import type { Problem } from './problem';

/**
 * Everything that keeps a flow from being deployed, each pointing at an element (and field)
 * so the problems panel can select it and the form can show the message inline.
 */
export function validateFlow(flow: Flow): Problem[] {
  // Fields holding {{Name}} are judged by the value a run would see.
  const run = resolveParameters(flow);
  const problems = [
    ...graphProblems(run),
    ...linkProblems(run),
    ...participantProblems(run),
    ...nameProblems(run),
    ...settingsProblems(run),
    ...run.messageFlows.flatMap((m) => adapterProblems(run, m)),
    ...run.process.steps.flatMap((s) => stepProblems(run, s)),
  ];
  const uses = parameterUses(flow);
  return uses.length ? withParameterProblems(flow, uses, problems) : problems;
}

/** Problems of one element (for the properties panel). */
export function problemsFor(flow: Flow, elementId: string): Problem[] {
  return validateFlow(flow).filter((p) => p.elementId === elementId);
}

/** The flow-level Runtime Configuration, shown on the Integration Process. */
function settingsProblems(flow: Flow): Problem[] {
  return parseNamespaceMapping(flow.settings.namespaceMapping ?? '').errors.map((message) => ({
    severity: 'error',
    message: `${flow.process.name}: ${message}`,
    elementId: flow.process.id,
    elementKind: 'process',
    field: 'namespaceMapping',
  }));
}

function participantProblems(flow: Flow): Problem[] {
  const problems: Problem[] = [];
  // A process that starts without a message (Timer Start) leaves its Sender unconnected, as CPI
  // lets it; then that is worth a note, not an error.
  const timed = senderlessStart(flow);
  for (const p of flow.participants) {
    if (p.kind !== 'sender' || flow.messageFlows.some((m) => m.source === p.id)) continue;
    problems.push(
      timed
        ? {
            severity: 'warning',
            message: `${p.name || 'Sender'} is not connected: the process starts with the timer "${timed.name}"`,
            elementId: p.id,
            elementKind: 'participant',
          }
        : {
            severity: 'error',
            message: `${p.name || 'Sender'} has no adapter: connect it to the Start event and choose an adapter type`,
            elementId: p.id,
            elementKind: 'participant',
          },
    );
  }
  return problems;
}

/**
 * A step, participant or the Integration Process left without a name (its Name field is
 * required): the canvas and every list would show nothing for it. A warning, so an imported
 * flow with an unnamed element still deploys.
 */
function nameProblems(flow: Flow): Problem[] {
  const at = (
    message: string,
    elementId: string,
    elementKind: Problem['elementKind'],
  ): Problem => ({ severity: 'warning', message, elementId, elementKind, field: 'name' });
  return [
    ...(flow.process.name.trim()
      ? []
      : [at('The Integration Process has no name', flow.process.id, 'process')]),
    ...flow.participants
      .filter((p) => !p.name.trim())
      .map((p) =>
        at(`A ${p.kind === 'sender' ? 'Sender' : 'Receiver'} has no name`, p.id, 'participant'),
      ),
    ...flow.process.steps
      .filter((s) => !s.name.trim())
      .map((s) => at(`A ${getStepType(s.type)?.label ?? s.type} step has no name`, s.id, 'step')),
  ];
}

function adapterProblems(flow: Flow, link: MessageFlow): Problem[] {
  const ends = [link.source, link.target];
  const names = ends.map(
    (id) => [...flow.participants, ...flow.process.steps].find((e) => e.id === id)?.name,
  );
  const at = (message: string, field?: string): Problem => ({
    severity: 'error',
    message,
    elementId: link.id,
    elementKind: 'messageFlow',
    ...(field ? { field } : {}),
  });
  if (names.some((n) => n === undefined))
    return [at(`Connection ${link.id} joins a missing element`)];
  const def = getAdapterType(link.adapter.type);
  if (!def) return [at(`${names[0]} → ${names[1]}: unknown adapter type "${link.adapter.type}"`)];
  const custom = def.validate?.(link.adapter.config) ?? [];
  return configErrors(def.configSchema, def.form, link.adapter.config, custom).map((e) =>
    at(`${def.label} adapter (${names[0]} → ${names[1]}): ${e.message}`, e.field),
  );
}

function stepProblems(flow: Flow, step: Step): Problem[] {
  const def = getStepType(step.type);
  const at = (message: string, field?: string): Problem => ({
    severity: 'error',
    message,
    elementId: step.id,
    elementKind: 'step',
    ...(field ? { field } : {}),
  });
  if (!def || def.group === 'Participants')
    return [at(`${step.name}: unknown step type "${step.type}"`)];
  const problems: Problem[] = [];
  if (step.parentId !== undefined) {
    const parent = flow.process.steps.find((s) => s.id === step.parentId);
    if (!parent || !getStepType(parent.type)?.container)
      problems.push(at(`${step.name} belongs to a missing subprocess`));
  }
  // The definition's own problems come first; schema issues fill in the fields they skip.
  const own = def.validate?.(step, flow) ?? [];
  problems.push(...own);
  const covered = own
    .filter((p) => p.elementId === step.id)
    .map((p) => ({ field: p.field, message: p.message }));
  const schemaOnly = configErrors(def.configSchema, def.form, step.config, covered).slice(
    covered.length,
  );
  problems.push(...schemaOnly.map((e) => at(`${step.name}: ${e.message}`, e.field)));
  return problems;
}
