import type { Flow } from '../model/flow';
import type { FlowStores } from '../stores/types';
import { resolveParameters } from '../model/parameters';
import type { Message } from '../model/message';
import type { ScriptRunner } from '../script/types';
import type { HttpRequestInfo, RunOptions, Trace } from '../engine/types';
import type { EndpointRequest, ExecutionResult, FlowExecutor, RunIds } from './types';

export type RunFlowFn = (flow: Flow, input: Message, options: RunOptions) => Promise<Trace>;
export type RequestToMessageFn = (flow: Flow, request: HttpRequestInfo, address: string) => Message;

/**
 * The tenant's FlowExecutor over the engine: the HTTPS sender maps the request to a message
 * (with the matched address, so wildcard paths land in CamelHttpPath), then the flow runs.
 * Passed in rather than imported so tests and benchmarks can swap either side. The tenant's
 * ids go to the engine, so SAP_MessageProcessingLogID is the message log entry's id.
 */
export function createEngineExecutor(
  runFlow: RunFlowFn,
  requestToMessage: RequestToMessageFn,
  runScript: ScriptRunner,
  now?: () => Date,
): FlowExecutor {
  return async (
    flow: Flow,
    request: EndpointRequest | undefined,
    matchedAddress: string,
    ids: RunIds,
    stores?: FlowStores,
  ): Promise<ExecutionResult> => {
    const run = resolveParameters(flow);
    // A timer's run starts with an empty message, as CPI's Timer Start does.
    const input: Message = request
      ? requestToMessage(
          run,
          {
            method: request.method,
            url: `/http${request.path}${request.query ? `?${request.query}` : ''}`,
            headers: request.headers,
            body: request.body,
          },
          matchedAddress,
        )
      : { body: '', headers: {}, properties: {} };
    const trace = await runFlow(run, input, {
      runScript,
      ids,
      ...(now ? { now } : {}),
      ...(stores ? { stores } : {}),
    });
    if (trace.status === 'completed') return { status: 'completed', output: trace.output, trace };
    const error = trace.error ?? { stepId: '', type: 'Stopped', message: 'The run was stopped' };
    return {
      status: 'failed',
      output: trace.output,
      error: {
        type: error.type,
        message: error.message,
        ...(error.stepId ? { stepId: error.stepId } : {}),
        ...(error.line !== undefined ? { line: error.line } : {}),
        ...(error.column !== undefined ? { column: error.column } : {}),
        ...(error.fileName !== undefined ? { fileName: error.fileName } : {}),
      },
      trace,
    };
  };
}
