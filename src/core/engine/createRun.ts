import type { Flow, Step } from '../model/flow';
import type { Message } from '../model/message';
import { resolveParameters } from '../model/parameters';
import { getStepType } from '../registry/registry';
import type { StepTypeDef } from '../registry/types';
import { collectorAfter } from '../registry/collectorAfter';
import { cloneMessage, sealMessage } from './cloneMessage';
import { flowGraph, isInSubprocess } from './flowGraph';
import { newExchangeId, newMessageId, withCpiProperties } from './cpiProperties';
import { exceptionCaught } from './exceptionCaught';
import { inputFromRequest } from './inputFromRequest';
import { runStep, type StepError } from './runStep';
import { createFlowStores } from '../stores/flowStores';
import { createMemoryStorage } from '../tenant/storage';
import type {
  ForkKind,
  RunCursor,
  RunOptions,
  StepFork,
  Trace,
  TraceEntry,
  TraceError,
  TracePart,
} from './types';

/** A Splitter's or Multicast's messages while they walk on, one after the other. */
interface Fork {
  step: Step;
  kind: ForkKind;
  parts: { message: Message; start: string; route: string }[];
  /** The part walking now (0-based). */
  index: number;
  /** The message that entered the fork. */
  input: Message;
  /** Messages that reached a Gather or Join, and that Gather or Join. */
  results: Message[];
  collector?: string;
  /** The last message whose path ended (End event) instead. */
  last?: Message;
  stopOnException: boolean;
  errors: { step: Step; error: StepError }[];
  /** Process Calls open when the fork began: a part's End ends it only at this depth. */
  callDepth: number;
  startedAt: number;
  deadline?: number;
}

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
  /** Open forks, innermost last. */
  const forks: Fork[] = [];
  /** Messages the next step collects (a fork all of whose parts reached it, or a Join's). */
  let gatherNext: Message[] | undefined;

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
    // A fork that stops on exception ends at once; one that does not runs its other parts first.
    while (forks.at(-1)?.stopOnException) forks.pop();
    const top = forks.at(-1);
    if (top) {
      top.errors.push({ step, error: e });
      message = atFailure;
      partOver(top);
      return;
    }
    gatherNext = undefined;
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

  function startPart(fork: Fork, index: number) {
    if (fork.deadline !== undefined && performance.now() > fork.deadline) {
      forks.splice(forks.indexOf(fork));
      const secs = Math.round((fork.deadline - fork.startedAt) / 1000);
      fail(
        fork.step,
        {
          type: 'TimeoutException',
          message: `"${fork.step.name}" timed out after ${secs} s with ${fork.parts.length - index} of ${fork.parts.length} messages not processed`,
        },
        fork.input,
      );
      return;
    }
    const part = fork.parts[index]!;
    fork.index = index;
    callers.length = fork.callDepth;
    message = part.message;
    current = part.start;
    route.push(part.route);
  }

  /** The walking part of `fork` is over: the next one starts, or the fork closes. */
  function partOver(fork: Fork) {
    if (fork.index + 1 < fork.parts.length) {
      startPart(fork, fork.index + 1);
      return;
    }
    forks.pop();
    const failed = fork.errors[0];
    if (failed) {
      fail(failed.step, failed.error, fork.last ?? fork.results.at(-1) ?? fork.input);
      return;
    }
    if (fork.collector !== undefined) {
      // The Gather (or Join) runs once, with every message that reached it.
      current = fork.collector;
      gatherNext = fork.results;
      message = fork.results[0] ?? fork.input;
      return;
    }
    // Every part ended at an End event: the fork's own path ends with the last of them.
    message = fork.last ?? fork.input;
    pathEnded();
  }

  /** A path reached an End event: a fork's part is over, a Process Call returns, or the run ends. */
  function pathEnded() {
    const top = forks.at(-1);
    if (top && top.callDepth === callers.length) {
      top.last = message;
      partOver(top);
      return;
    }
    const caller = callers.pop();
    if (caller) {
      // The Local Integration Process ended: go on after its Process Call.
      const back = chooseRoute(caller, undefined);
      if (typeof back === 'string') {
        route.push(back);
        current = graph.outgoing(caller.id).find((l) => l.id === back)!.target;
      } else fail(caller, back, message);
      return;
    }
    finish('completed', caught);
  }

  function openFork(step: Step, fork: StepFork, entry: TraceEntry): void {
    const parts: Fork['parts'] = [];
    for (const p of fork.parts) {
      const chosen = chooseRoute(step, p.route);
      if (typeof chosen !== 'string') {
        entry.error = chosen;
        fail(step, chosen, entry.after);
        return;
      }
      const start = graph.outgoing(step.id).find((l) => l.id === chosen)!.target;
      parts.push({ message: sealMessage(p.message), start, route: chosen });
    }
    entry.forked = { kind: fork.kind, count: parts.length };
    if (parts.length === 0) {
      // Nothing to split: the message goes on after the Gather the parts would have reached.
      message = entry.after;
      const collector = collectorAfter(flow, step.id);
      if (collector) {
        current = collector.id;
        gatherNext = [];
      } else pathEnded();
      return;
    }
    entry.route = parts[0]!.route;
    const startedAt = performance.now();
    const f: Fork = {
      step,
      kind: fork.kind,
      parts,
      index: 0,
      input: entry.after,
      results: [],
      stopOnException: fork.stopOnException,
      errors: [],
      callDepth: callers.length,
      startedAt,
      ...(fork.timeoutMs !== undefined ? { deadline: startedAt + fork.timeoutMs } : {}),
    };
    forks.push(f);
    startPart(f, 0);
  }

  function partOf(): TracePart | undefined {
    const top = forks.at(-1);
    return top
      ? {
          forkStepId: top.step.id,
          kind: top.kind,
          index: top.index + 1,
          count: top.parts.length,
          depth: forks.length - 1,
        }
      : undefined;
  }

  /**
   * A fork's message that reached its Gather or Join waits there while the next one walks (no
   * step runs for that); true when the cursor moved so.
   */
  function arrived(step: Step, def: StepTypeDef | undefined): boolean {
    if (!def?.collects || gatherNext !== undefined) return false;
    const top = forks.at(-1);
    if (!top || top.callDepth !== callers.length) return false;
    top.results.push(message);
    top.collector ??= step.id;
    partOver(top);
    return true;
  }

  async function runNext(): Promise<TraceEntry | null> {
    let step: Step | undefined;
    let def: StepTypeDef | undefined;
    do {
      if (current === null) return null;
      step = graph.step(current);
      if (!step) {
        finish('failed', {
          stepId: current,
          type: 'ModelError',
          message: `Step "${current}" does not exist`,
        });
        return null;
      }
      def = getStepType(step.type);
    } while (arrived(step, def));
    if (entries.length >= budget) {
      finish('failed', {
        stepId: step.id,
        type: 'StepBudgetExceeded',
        message: `Step budget of ${budget} steps exhausted (${forks.length ? 'too many split messages? raise it in the flow settings' : 'a loop?'})`,
      });
      return null;
    }
    const gathered = gatherNext;
    gatherNext = undefined;
    const ctx = {
      flow,
      runScript: options.runScript,
      now,
      exchangeId: ids.exchangeId,
      camelId: flow.id,
      stores,
      // Always set (undefined for most steps): one object shape for every step's context.
      gathered,
    };
    const {
      entry,
      route: chosen,
      call,
      fork,
      error: stepError,
    } = await runStep(ctx, step, message, maxBytes);
    const part = partOf();
    if (part) entry.part = part;
    if (gathered) entry.gathered = gathered.length;
    entries.push(entry);
    // stop() was called while the step ran: it wins, so nothing below may move the cursor on.
    if (status !== undefined) return entry;
    if (stepError) {
      fail(step, stepError, entry.before);
      return entry;
    }
    // Shared with entry.after on purpose: sealed messages never change.
    message = entry.after;
    if (fork) {
      openFork(step, fork, entry);
      return entry;
    }
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
    const terminal = def?.connections.maxOutgoing === 0;
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
    if (terminal) {
      if (stopHere) {
        stoppedAt = step.id;
        finish('completed', caught);
      } else pathEnded();
      return entry;
    }
    const next = chooseRoute(step, chosen);
    if (typeof next === 'string') {
      // Record the route even when stopping here, so the UI shows where a Router would go.
      entry.route = next;
      route.push(next);
      current = graph.outgoing(step.id).find((l) => l.id === next)!.target;
      // A Join hands the messages it collected to the Gather right after it.
      if (
        gathered &&
        def?.collects === 'handsOn' &&
        getStepType(graph.step(current)?.type ?? '')?.collects
      )
        gatherNext = gathered;
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
