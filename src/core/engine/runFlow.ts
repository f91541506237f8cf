import type { Flow } from '../model/flow';
import type { Message } from '../model/message';
import { createRun } from './createRun';
import type { RunOptions, Trace } from './types';

/** Runs a flow from its Start event (or options.startStepId) to an end and returns the trace. */
export function runFlow(flow: Flow, input: Message, options: RunOptions): Promise<Trace> {
  return createRun(flow, input, options).runToEnd();
}
