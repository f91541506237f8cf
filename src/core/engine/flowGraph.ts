import { processStart } from '../registry/processStart';
import type { Flow, SequenceFlow, Step } from '../model/flow';

/** Read-only lookups the engine needs, built once per run. */
export interface FlowGraph {
  step(id: string): Step | undefined;
  outgoing(stepId: string): SequenceFlow[];
  /** The Start event of the Integration Process (not one inside a subprocess). */
  start(): Step | undefined;
  /** Error Start of the first Exception Subprocess of the main process. */
  errorStart(): Step | undefined;
}

export function flowGraph(flow: Flow): FlowGraph {
  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  const out = new Map<string, SequenceFlow[]>();
  for (const link of flow.process.sequenceFlows) {
    const list = out.get(link.source) ?? [];
    list.push(link);
    out.set(link.source, list);
  }
  const inSubprocess = (s: Step) =>
    s.parentId !== undefined && steps.get(s.parentId)?.type === 'exceptionSubprocess';
  return {
    step: (id) => steps.get(id),
    outgoing: (id) => out.get(id) ?? [],
    start: () => processStart(flow),
    errorStart: () => flow.process.steps.find((s) => s.type === 'errorStart' && inSubprocess(s)),
  };
}

/** True when the step runs inside an Exception Subprocess. */
export function isInSubprocess(flow: Flow, step: Step): boolean {
  return flow.process.steps.some((s) => s.id === step.parentId && s.type === 'exceptionSubprocess');
}
