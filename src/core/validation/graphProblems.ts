import type { Flow, SequenceFlow, Step } from '../model/flow';
import { getStepType } from '../registry/registry';
import type { Problem } from './problem';

const stepProblem = (step: Step, message: string): Problem => ({
  severity: 'error',
  message,
  elementId: step.id,
  elementKind: 'step',
});

/** Walks sequence flows from `from` (forward, or backward when `reverse`). */
function reach(from: string[], links: SequenceFlow[], reverse: boolean): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  const next = new Map<string, string[]>();
  for (const l of links) {
    const [a, b] = reverse ? [l.target, l.source] : [l.source, l.target];
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  }
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const n of next.get(id) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}

/**
 * Structure of the process and of each subprocess: it needs an entry (a step with no incoming
 * flows allowed, e.g. Start) and an end (no outgoing allowed, e.g. End); every step must be
 * reachable from an entry and have a path to an end. Read from the registry's limits.
 */
export function graphProblems(flow: Flow): Problem[] {
  const problems: Problem[] = [];
  const { steps, sequenceFlows } = flow.process;
  const scopes: (Step | undefined)[] = [
    undefined,
    ...steps.filter((s) => getStepType(s.type)?.container),
  ];
  for (const container of scopes) {
    const inScope = steps.filter(
      (s) => s.parentId === container?.id && !getStepType(s.type)?.container,
    );
    const limits = (s: Step) => getStepType(s.type)?.connections;
    const entries = inScope.filter((s) => limits(s)?.maxIncoming === 0).map((s) => s.id);
    const ends = inScope
      .filter((s) => limits(s)?.maxOutgoing === 0 || getStepType(s.type)?.endsPath?.(s.config))
      .map((s) => s.id);
    const where = container
      ? { elementId: container.id, elementKind: 'step' as const, name: container.name }
      : { elementId: flow.process.id, elementKind: 'process' as const, name: flow.process.name };
    const missing = (what: string): Problem => ({
      severity: 'error',
      message: `${where.name} has no ${what}`,
      elementId: where.elementId,
      elementKind: where.elementKind,
    });
    if (!entries.length) problems.push(missing(container ? 'start event' : 'Start event'));
    // One start per process (a Start Message and a Timer Start together: which one runs?).
    const [first, ...more] = inScope.filter((s) => getStepType(s.type)?.startsProcess);
    for (const s of more)
      problems.push(
        stepProblem(s, `${where.name} already starts at "${first!.name}": a process has one start`),
      );
    if (!ends.length) problems.push(missing(container ? 'end event' : 'End event'));
    const reached = entries.length ? reach(entries, sequenceFlows, false) : null;
    const finishing = ends.length ? reach(ends, sequenceFlows, true) : null;
    for (const step of inScope) {
      if (reached && !reached.has(step.id))
        problems.push(stepProblem(step, `${step.name} is not reachable from the Start event`));
      if (finishing && !finishing.has(step.id))
        problems.push(stepProblem(step, `${step.name} has no path to an End event`));
    }
  }
  return problems;
}

/** Links whose ends are missing, and steps over their type's connection limits (imports, old files). */
export function linkProblems(flow: Flow): Problem[] {
  const problems: Problem[] = [];
  const stepIds = new Set(flow.process.steps.map((s) => s.id));
  for (const l of flow.process.sequenceFlows) {
    if (!stepIds.has(l.source) || !stepIds.has(l.target))
      problems.push({
        severity: 'error',
        message: `Sequence flow ${l.id} connects a missing step`,
        elementId: l.id,
        elementKind: 'sequenceFlow',
      });
  }
  const outgoing = new Map<string, number>();
  const incoming = new Map<string, number>();
  for (const l of flow.process.sequenceFlows) {
    outgoing.set(l.source, (outgoing.get(l.source) ?? 0) + 1);
    incoming.set(l.target, (incoming.get(l.target) ?? 0) + 1);
  }
  for (const step of flow.process.steps) {
    const c = getStepType(step.type)?.connections;
    if (!c) continue;
    const out = outgoing.get(step.id) ?? 0;
    const inc = incoming.get(step.id) ?? 0;
    if (c.maxOutgoing !== undefined && out > c.maxOutgoing)
      problems.push(
        stepProblem(
          step,
          `${step.name} has ${out} outgoing sequence flows; at most ${c.maxOutgoing} allowed`,
        ),
      );
    if (c.maxIncoming !== undefined && inc > c.maxIncoming)
      problems.push(
        stepProblem(
          step,
          `${step.name} has ${inc} incoming sequence flows; at most ${c.maxIncoming} allowed`,
        ),
      );
  }
  return problems;
}
