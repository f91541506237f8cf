import type { Flow, Step } from '../model/flow';
import { getStepType } from './registry';

/** The steps where a run of a process (the main one, or a container's) may begin. */
export function processStarts(flow: Flow, containerId?: string): Step[] {
  return flow.process.steps.filter(
    (s) => s.parentId === containerId && getStepType(s.type)?.startsProcess,
  );
}

/** Where a run of a process begins: its Start Message event, else another start (Timer Start). */
export function processStart(flow: Flow, containerId?: string): Step | undefined {
  const starts = processStarts(flow, containerId);
  return starts.find((s) => getStepType(s.type)?.connections.acceptsSender) ?? starts[0];
}

/** The start of the main process when it takes no Sender (a Timer Start), else undefined. */
export function senderlessStart(flow: Flow): Step | undefined {
  const start = processStart(flow);
  return start && !getStepType(start.type)?.connections.acceptsSender ? start : undefined;
}
