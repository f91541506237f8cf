import type { Flow, Step } from '../model/flow';
import type { Message } from '../model/message';
import { getStepType } from '../registry/registry';
import { bodyBytes } from '../expression/bodyText';
import { cloneMessage } from './cloneMessage';
import { flowGraph } from './flowGraph';
import { newExchangeId, newMessageId, withCpiProperties } from './cpiProperties';
import { exceptionCaught } from './exceptionCaught';
import { inputFromRequest } from './inputFromRequest';
import type { RunCursor, RunOptions, StepExecResult, Trace, TraceEntry, TraceError } from './types';

type StepError = NonNullable<StepExecResult['error']>;

const EMPTY_LOG = () => ({ properties: {}, attachments: [] });

/**
 * A run of a flow as an explicit cursor: each next() runs one step, so the simulation UI can
 * offer Step / Continue / Stop, and runFlow is just runToEnd().
 */
export function createRun(flow: Flow, input: Message, options: RunOptions): RunCursor {
  const now = options.now ?? (() => new Date());
  const startedAt = performance.now();
  const ids = options.ids ?? { exchangeId: newExchangeId(now()), messageId: newMessageId() };
  const budget = options.stepBudget ?? flow.settings.limits.stepBudget;
  const maxBytes = options.maxMessageBytes ?? flow.settings.limits.maxMessageBytes;
  const graph = flowGraph(flow);
  const entries: TraceEntry[] = [];
  const route: string[] = [];

  let message = withCpiProperties(cloneMessage(inputFromRequest(flow, input, options.request)), flow, ids, now());
  let current: string | null = options.startStepId ?? graph.start()?.id ?? null;
  let phase: 'main' | 'exception' = 'main';
  let caught: TraceError | undefined;
  let status: Trace['status'] | undefined;
  let error: TraceError | undefined;
  let durationMs = 0;

  function finish(s: Trace['status'], e?: TraceError) {
    status = s;
    error = e;
    current = null;
    durationMs = performance.now() - startedAt;
  }

  if (current === null) finish('failed', { stepId: '', type: 'ModelError', message: 'The flow has no Start event' });

  const snapshot = (): Trace => ({
    status: status ?? 'stopped',
    entries,
    output: message,
    ...(error ? { error } : {}),
    durationMs: status ? durationMs : performance.now() - startedAt,
    route,
    exchangeId: ids.exchangeId,
    messageId: ids.messageId,
  });

  /** An error in the main process goes to the Exception Subprocess when there is one. */
  function fail(step: Step, e: StepError, atFailure: Message) {
    const traceError: TraceError = { stepId: step.id, ...e };
    const errorStart = graph.errorStart();
    message = atFailure;
    if (phase === 'main' && errorStart) {
      caught = { ...traceError, handled: true };
      message = cloneMessage(atFailure);
      message.properties.CamelExceptionCaught = exceptionCaught(e);
      phase = 'exception';
      current = errorStart.id;
      return;
    }
    finish('failed', phase === 'exception' && caught ? { ...traceError, handled: false } : traceError);
  }

  function chooseRoute(step: Step, chosen: string | undefined): string | StepError {
    const outs = graph.outgoing(step.id);
    if (chosen !== undefined) {
      return outs.some((l) => l.id === chosen)
        ? chosen
        : { type: 'ModelError', message: `Route "${chosen}" is not an outgoing sequence flow of "${step.name}"` };
    }
    if (outs.length === 1) return outs[0]!.id;
    return {
      type: 'ModelError',
      message:
        outs.length === 0
          ? `"${step.name}" has no outgoing sequence flow`
          : `"${step.name}" has ${outs.length} outgoing sequence flows; only a Router may branch`,
    };
  }

  async function next(): Promise<TraceEntry | null> {
    if (current === null) return null;
    const step = graph.step(current);
    if (!step) {
      finish('failed', { stepId: current, type: 'ModelError', message: `Step "${current}" does not exist` });
      return null;
    }
    if (entries.length >= budget) {
      finish('failed', {
        stepId: step.id,
        type: 'StepBudgetExceeded',
        message: `Step budget of ${budget} steps exhausted (a loop?)`,
      });
      return null;
    }
    const def = getStepType(step.type);
    const before = cloneMessage(message);
    const t0 = performance.now();
    let result: StepExecResult;
    try {
      if (!def) throw Object.assign(new Error(`Unknown step type "${step.type}"`), { name: 'ModelError' });
      result = def.execute
        ? await def.execute(
            { flow, step, runScript: options.runScript, now, exchangeId: ids.exchangeId, camelId: flow.id },
            cloneMessage(before),
          )
        : { message: cloneMessage(before) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      result = { message: cloneMessage(before), error: { type: err.name || 'Error', message: err.message } };
    }
    const after = cloneMessage(result.message);
    let stepError = result.error;
    const size = bodyBytes(after.body);
    if (!stepError && size > maxBytes) {
      stepError = {
        type: 'MessageSizeExceeded',
        message: `The message body grew to ${size} bytes in "${step.name}", over the limit of ${maxBytes} bytes`,
      };
    }
    const entry: TraceEntry = {
      stepId: step.id,
      stepType: step.type,
      stepName: step.name,
      before,
      after,
      durationMs: performance.now() - t0,
      logs: result.logs ?? [],
      messageLog: result.messageLog ?? EMPTY_LOG(),
    };
    entries.push(entry);
    if (stepError) {
      entry.error = stepError;
      fail(step, stepError, before);
      return entry;
    }
    message = cloneMessage(after);
    const terminal = def?.connections.maxOutgoing === 0;
    if (terminal && step.type === 'errorEnd') {
      finish('failed', caught ? { ...caught, handled: false } : {
        stepId: step.id,
        type: 'ErrorEnd',
        message: `The process ended with the Error End event "${step.name}"`,
      });
    } else if (terminal) {
      finish('completed', caught);
    } else if (options.endStepId === step.id) {
      finish('stopped', caught);
    } else {
      const next = chooseRoute(step, result.route);
      if (typeof next === 'string') {
        entry.route = next;
        route.push(next);
        current = graph.outgoing(step.id).find((l) => l.id === next)!.target;
      } else {
        entry.error = next;
        fail(step, next, after);
      }
    }
    return entry;
  }

  return {
    next,
    async runToEnd() {
      while (current !== null) await next();
      return snapshot();
    },
    stop() {
      if (current !== null) finish('stopped', caught);
      return snapshot();
    },
    get position() {
      return current;
    },
    get done() {
      return current === null;
    },
    get trace() {
      return snapshot();
    },
  };
}
