import type { Flow, MessageFlow, Participant, SequenceFlow, Step } from './flow';

/** What an id names in a flow; lets rules and commands treat every element uniformly. */
export type FlowElement =
  | { kind: 'participant'; element: Participant }
  | { kind: 'step'; element: Step }
  | { kind: 'process'; element: Flow['process'] }
  | { kind: 'sequenceFlow'; element: SequenceFlow }
  | { kind: 'messageFlow'; element: MessageFlow };

export function findElement(flow: Flow, id: string): FlowElement | undefined {
  if (flow.process.id === id) return { kind: 'process', element: flow.process };
  const participant = flow.participants.find((p) => p.id === id);
  if (participant) return { kind: 'participant', element: participant };
  const step = flow.process.steps.find((s) => s.id === id);
  if (step) return { kind: 'step', element: step };
  const seq = flow.process.sequenceFlows.find((l) => l.id === id);
  if (seq) return { kind: 'sequenceFlow', element: seq };
  const msg = flow.messageFlows.find((l) => l.id === id);
  if (msg) return { kind: 'messageFlow', element: msg };
  return undefined;
}

export function findStep(flow: Flow, id: string): Step | undefined {
  return flow.process.steps.find((s) => s.id === id);
}

export function findParticipant(flow: Flow, id: string): Participant | undefined {
  return flow.participants.find((p) => p.id === id);
}

/** Ids of the given containers plus everything nested in them (any depth). */
export function withDescendants(flow: Flow, ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of flow.process.steps) {
      if (s.parentId !== undefined && result.has(s.parentId) && !result.has(s.id)) {
        result.add(s.id);
        grew = true;
      }
    }
  }
  return result;
}
