import type { Flow, Step } from '../model/flow';
import { getStepType } from '../registry/registry';
import { formatPath, issue, type ImportError, type PathSegment } from './paths';

type Kind = 'process' | 'participant' | 'step' | 'sequence flow' | 'message flow';

/**
 * Cross-references a schema-valid flow: unique ids, links that land on existing elements of the
 * right kind, parents that are containers. Loose ends that lose nothing (a sample for a deleted
 * step, a test case bound to a missing step) are dropped with a warning; a missing script file
 * is only a warning because validation shows it in the problems panel.
 */
export function checkIntegrity(
  flow: Flow,
  prefix: PathSegment[],
  warnings: string[],
): { ok: true; flow: Flow } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const seen = new Map<string, { kind: Kind; path: PathSegment[] }>();
  const claim = (id: string, kind: Kind, path: PathSegment[]) => {
    const before = seen.get(id);
    if (before)
      errors.push(issue(path, `duplicate id "${id}" (also used at ${formatPath(before.path)})`));
    else seen.set(id, { kind, path });
  };
  const p = (...rest: PathSegment[]) => [...prefix, ...rest];
  claim(flow.process.id, 'process', p('process', 'id'));
  flow.participants.forEach((x, i) => claim(x.id, 'participant', p('participants', i, 'id')));
  flow.process.steps.forEach((x, i) => claim(x.id, 'step', p('process', 'steps', i, 'id')));
  flow.process.sequenceFlows.forEach((x, i) =>
    claim(x.id, 'sequence flow', p('process', 'sequenceFlows', i, 'id')),
  );
  flow.messageFlows.forEach((x, i) => claim(x.id, 'message flow', p('messageFlows', i, 'id')));

  const kindOf = (id: string) => seen.get(id)?.kind;
  flow.process.sequenceFlows.forEach((link, i) => {
    for (const end of ['source', 'target'] as const) {
      const kind = kindOf(link[end]);
      if (!kind)
        errors.push(
          issue(p('process', 'sequenceFlows', i, end), `no element with id "${link[end]}"`),
        );
      else if (kind !== 'step')
        errors.push(
          issue(
            p('process', 'sequenceFlows', i, end),
            `"${link[end]}" is a ${kind}; sequence flows join steps`,
          ),
        );
    }
  });
  const participant = new Map(flow.participants.map((x) => [x.id, x]));
  flow.messageFlows.forEach((link, i) => {
    let missing = false;
    for (const end of ['source', 'target'] as const)
      if (!kindOf(link[end])) {
        missing = true;
        errors.push(issue(p('messageFlows', i, end), `no element with id "${link[end]}"`));
      }
    if (missing) return;
    const inbound =
      participant.get(link.source)?.kind === 'sender' && kindOf(link.target) === 'step';
    const outbound =
      kindOf(link.source) === 'step' && participant.get(link.target)?.kind === 'receiver';
    if (!inbound && !outbound)
      errors.push(
        issue(
          p('messageFlows', i),
          'a message flow joins a Sender to a step or a step to a Receiver',
        ),
      );
  });

  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  const scripts = new Set<string>();
  flow.resources.scripts.forEach((s, i) => {
    if (scripts.has(s.name))
      errors.push(issue(p('resources', 'scripts', i, 'name'), `duplicate script name "${s.name}"`));
    scripts.add(s.name);
  });
  flow.process.steps.forEach((step, i) => {
    if (step.parentId !== undefined) {
      const parent = steps.get(step.parentId);
      if (!parent || parent.id === step.id || !getStepType(parent.type)?.container)
        errors.push(
          issue(
            p('process', 'steps', i, 'parentId'),
            `no container step with id "${step.parentId}"`,
          ),
        );
      else if (parentCycle(step, steps))
        errors.push(
          issue(
            p('process', 'steps', i, 'parentId'),
            `"${step.id}" is inside itself: its containers form a cycle`,
          ),
        );
    }
    for (const group of getStepType(step.type)?.form ?? [])
      for (const field of group.fields) {
        const file = step.config[field.key];
        if (field.kind === 'script' && typeof file === 'string' && file && !scripts.has(file))
          warnings.push(
            `${formatPath(p('process', 'steps', i, 'config', field.key))}: script "${file}" is not among the flow's scripts`,
          );
      }
  });
  let repairedSteps = flow.process.steps;
  flow.process.steps.forEach((step, i) => {
    const fixed = getStepType(step.type)?.repair?.(step, flow, step.config);
    if (!fixed) return;
    for (const w of fixed.warnings)
      warnings.push(`${formatPath(p('process', 'steps', i, 'config'))}: ${w}`);
    if (repairedSteps === flow.process.steps) repairedSteps = [...flow.process.steps];
    repairedSteps[i] = { ...step, config: fixed.config };
  });
  const testIds = new Set<string>();
  flow.testCases.forEach((t, i) => {
    if (testIds.has(t.id))
      errors.push(issue(p('testCases', i, 'id'), `duplicate test case id "${t.id}"`));
    testIds.add(t.id);
  });
  if (errors.length) return { ok: false, errors };

  const samples = Object.fromEntries(
    Object.entries(flow.samples).filter(([stepId]) => {
      if (steps.has(stepId)) return true;
      warnings.push(
        `${formatPath(p('samples', stepId))}: no step with id "${stepId}"; sample dropped`,
      );
      return false;
    }),
  );
  const testCases = flow.testCases.map((t, i) => {
    const copy = { ...t };
    for (const key of ['startStepId', 'endStepId'] as const) {
      const ref = copy[key];
      if (ref !== undefined && !steps.has(ref)) {
        warnings.push(`${formatPath(p('testCases', i, key))}: no step with id "${ref}"; cleared`);
        delete copy[key];
      }
    }
    return copy;
  });
  const process =
    repairedSteps === flow.process.steps ? flow.process : { ...flow.process, steps: repairedSteps };
  return { ok: true, flow: { ...flow, process, samples, testCases } };
}

/** True when following parentId from `step` comes back to a step already seen. */
function parentCycle(step: Step, steps: Map<string, Step>): boolean {
  const seen = new Set<string>([step.id]);
  let cur = step.parentId === undefined ? undefined : steps.get(step.parentId);
  while (cur) {
    if (seen.has(cur.id)) return true;
    seen.add(cur.id);
    cur = cur.parentId === undefined ? undefined : steps.get(cur.parentId);
  }
  return false;
}
