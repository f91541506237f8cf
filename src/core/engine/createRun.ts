import type { Flow, Step } from '../model/flow';
import type { Message } from '../model/message';
import { resolveParameters } from '../model/parameters';
import { getStepType } from '../registry/registry';
import { cloneMessage, sealMessage } from './cloneMessage';
import { flowGraph, isInSubprocess } from './flowGraph';
import { newExchangeId, newMessageId, withCpiProperties } from './cpiProperties';
import { exceptionCaught } from './exceptionCaught';
import { inputFromRequest } from './inputFromRequest';
import { runStep, type StepError } from './runStep';
import { createFlowStores } from '../stores/flowStores';
import { createMemoryStorage } from '../tenant/storage';
import type { RunCursor, RunOptions, Trace, TraceEntry, TraceError } from './types';

/**
 * A run of a flow as an explicit cursor: each next() runs one step, so the simulation UI can
 * offer Step / Continue / Stop, and runFlow is just runToEnd().
 */
export function createRun(design: Flow, input: Message, options: RunOptions): RunCursor {
  // A run sees the values of externalised parameters, as CPI's runtime does.
  const flow = resolveParameters(design);
  const now = options.now ?? (() => new Date());
  const startedAt = performance.now();
  const ids = options.ids ?? { exchangeId: newExchangeId(now()), messageId: newMessageId() };
  const budget = options.stepBudget ?? flow.settings.limits.stepBudget;
  const maxBytes = options.maxMessageBytes ?? flow.settings.limits.maxMessageBytes;
  const graph = flowGraph(flow);
  const stores =
    options.stores ?? createFlowStores(createMemoryStorage(), () => now().getTime(), 'run');
  const entries: TraceEntry[] = [];
  const route: string[] = [];

  // The one deep copy of a run: the caller's input. From here on messages are sealed and shared.
  let message = sealMessage(
    withCpiProperties(
      cloneMessage(inputFromRequest(flow, input, options.request)),
      flow,
      ids,
      now(),
    ),
  );
  let current: string | null = options.startStepId ?? graph.start()?.id ?? null;
  const first = current === null ? undefined : graph.step(current);
  // A run started inside the Exception Subprocess must not hand its errors to itself.
  let phase: 'main' | 'exception' = first && isInSubprocess(flow, first) ? 'exception' : 'main';
  let caught: TraceError | undefined;
  /** Process Call steps waiting for their Local Integration Process to end (innermost last). */
  const callers: Step[] = [];
  let status: Trace['status'] | undefined;
  let error: TraceError | undefined;
  let stoppedAt: string | undefined;
  let durationMs = 0;

  function finish(s: Trace['status'], e?: TraceError) {
    status = s;
    error = e;
    current = null;
    durationMs = performance.now() - startedAt;
  }

  if (current === null)
    finish('failed', { stepId: '', type: 'ModelError', message: 'The flow has no Start event' });

  const snapshot = (): Trace => ({
    status: status ?? 'stopped',
    // A copy of the list, so a snapshot taken mid-run does not change under the caller; the
    // messages are sealed and never change.
    entries: [...entries],
    output: message,
    ...(error ? { error } : {}),
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    durationMs: status ? durationMs : performance.now() - startedAt,
    route: [...route],
    exchangeId: ids.exchangeId,
    messageId: ids.messageId,
  });

  /** An error in the main process goes to the Exception Subprocess when there is one. */
  function fail(step: Step, e: StepError, atFailure: Message) {
    const traceError: TraceError = { stepId: step.id, ...e };
    const errorStart = graph.errorStart();
    message = atFailure;
    callers.length = 0;
    if (phase === 'main' && errorStart) {
      caught = { ...traceError, handled: true };
      message = sealMessage({
        ...atFailure,
        properties: { ...atFailure.properties, CamelExceptionCaught: exceptionCaught(e) },
      });
      phase = 'exception';
      current = errorStart.id;
      return;
    }
    finish(
      'failed',
      phase === 'exception' && caught ? { ...traceError, handled: false } : traceError,
    );
  }

  function chooseRoute(step: Step, chosen: string | undefined): string | StepError {
    const outs = graph.outgoing(step.id);
    if (chosen !== undefined) {
      return outs.some((l) => l.id === chosen)
        ? chosen
        : {
            type: 'ModelError',
            message: `Route "${chosen}" is not an outgoing sequence flow of "${step.name}"`,
          };
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

  async function runNext(): Promise<TraceEntry | null> {
    if (current === null) return null;
    const step = graph.step(current);
    if (!step) {
      finish('failed', {
        stepId: current,
        type: 'ModelError',
        message: `Step "${current}" does not exist`,
      });
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
    const ctx = {
      flow,
      runScript: options.runScript,
      now,
      exchangeId: ids.exchangeId,
      camelId: flow.id,
      stores,
    };
    const {
      entry,
      route: chosen,
      call,
      error: stepError,
    } = await runStep(ctx, step, message, maxBytes);
    entries.push(entry);
    // stop() was called while the step ran: it wins, so nothing below may move the cursor on.
    if (status !== undefined) return entry;
    if (stepError) {
      fail(step, stepError, entry.before);
      return entry;
    }
    // Shared with entry.after on purpose: sealed messages never change.
    message = entry.after;
    if (call !== undefined) {
      if (callers.length >= 50) {
        fail(
          step,
          { type: 'ModelError', message: 'Process Calls nested over 50 deep (a cycle?)' },
          entry.after,
        );
        return entry;
      }
      callers.push(step);
      current = call;
      return entry;
    }
    const terminal = getStepType(step.type)?.connections.maxOutgoing === 0;
    if (terminal && step.type === 'errorEnd') {
      const ended: TraceError = {
        stepId: step.id,
        type: 'ErrorEnd',
        message: `The process ended with the Error End event "${step.name}"`,
      };
      finish('failed', caught ? { ...caught, handled: false } : ended);
      return entry;
    }
    const stopHere = options.endStepId === step.id;
    const caller = terminal && !stopHere ? callers.pop() : undefined;
    if (caller) {
      // The Local Integration Process ended: go on after its Process Call.
      const back = chooseRoute(caller, undefined);
      if (typeof back === 'string') {
        route.push(back);
        current = graph.outgoing(caller.id).find((l) => l.id === back)!.target;
      } else fail(caller, back, entry.after);
      return entry;
    }
    if (terminal) {
      if (stopHere) stoppedAt = step.id;
      finish('completed', caught);
      return entry;
    }
    const next = chooseRoute(step, chosen);
    if (typeof next === 'string') {
      // Record the route even when stopping here, so the UI shows where a Router would go.
      entry.route = next;
      route.push(next);
      current = graph.outgoing(step.id).find((l) => l.id === next)!.target;
    } else if (!stopHere) {
      entry.error = next;
      fail(step, next, entry.after);
    }
    if (stopHere && status === undefined) {
      // Reaching the chosen end step is a successful end, as reaching an End event is.
      stoppedAt = step.id;
      finish('completed', caught);
    }
    return entry;
  }

  // Steps run one at a time even if the UI calls next() again before the last one finished.
  let queue: Promise<unknown> = Promise.resolve();
  function next(): Promise<TraceEntry | null> {
    const result = queue.then(runNext);
    queue = result.catch(() => undefined);
    return result;
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
