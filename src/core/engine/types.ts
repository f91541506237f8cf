import type { Flow, Step } from '../model/flow';
import type { LogLine, Message, MessageLogData } from '../model/message';
import type { ScriptRunner } from '../script/types';

/** What a step's executor gets from the engine. */
export interface StepExecContext {
  flow: Flow;
  step: Step;
  runScript: ScriptRunner;
  /** Injected clock so runs are reproducible in tests. */
  now: () => Date;
  exchangeId: string;
  camelId: string;
}

export interface StepExecResult {
  message: Message;
  logs?: LogLine[];
  messageLog?: MessageLogData;
  /** For gateways: the id of the outgoing sequence flow taken. */
  route?: string;
  /** Set when the step failed; the engine then hands over to error handling. */
  error?: { type: string; message: string; line?: number; column?: number };
}

export type StepExecutor = (ctx: StepExecContext, message: Message) => Promise<StepExecResult>;
