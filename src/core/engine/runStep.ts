import type { Step } from '../model/flow';
import type { Message } from '../model/message';
import { getStepType } from '../registry/registry';
import { bodyBytes } from '../expression/bodyText';
import { sealMessage } from './cloneMessage';
import type { StepExecContext, StepExecResult, TraceEntry } from './types';

export type StepError = NonNullable<StepExecResult['error']>;

const EMPTY_LOG = () => ({ properties: {}, attachments: [] });

/**
 * Runs one step's executor and records the entry. The message is sealed (copy on write): the
 * executor gets a new message object over the same frozen maps, so nothing is copied unless a
 * step changes it. Executors that throw (a write into a frozen map included) are turned into step
 * errors, and a body over `maxBytes` fails the step that produced it.
 */
export async function runStep(
  ctx: Omit<StepExecContext, 'step'>,
  step: Step,
  message: Message,
  maxBytes: number,
): Promise<{
  entry: TraceEntry;
  route?: string;
  call?: string;
  fork?: StepExecResult['fork'];
  error?: StepError;
}> {
  const def = getStepType(step.type);
  const before = sealMessage(message);
  const t0 = performance.now();
  let result: StepExecResult;
  try {
    if (!def)
      throw Object.assign(new Error(`Unknown step type "${step.type}"`), { name: 'ModelError' });
    // Steps without an executor (containers) pass the message on unchanged.
    result = def.execute
      ? await def.execute({ ...ctx, step }, { ...before }, step.config)
      : { message: before };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    result = {
      message: before,
      error: { type: err.name || 'Error', message: err.message },
    };
  }
  const after = sealMessage(result.message);
  let error = result.error;
  // A string of n UTF-16 units is at most 3n UTF-8 bytes: short bodies need no encoding.
  const size =
    error || (typeof after.body === 'string' && after.body.length * 3 <= maxBytes)
      ? 0
      : bodyBytes(after.body);
  if (size > maxBytes) {
    error = {
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
  if (error) entry.error = error;
  const out: {
    entry: TraceEntry;
    route?: string;
    call?: string;
    fork?: StepExecResult['fork'];
    error?: StepError;
  } = { entry };
  if (result.route !== undefined) out.route = result.route;
  if (error) out.error = error;
  else {
    if (result.call !== undefined) out.call = result.call;
    if (result.fork !== undefined) out.fork = result.fork;
  }
  return out;
}
