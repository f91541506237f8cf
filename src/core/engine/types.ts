import type { Flow, Step } from '../model/flow';
import type { LogLine, Message, MessageLogData } from '../model/message';
import type { ScriptRunner } from '../script/types';
import type { FlowStores } from '../stores/types';

/** What a step's executor gets from the engine. */
export interface StepExecContext {
  flow: Flow;
  step: Step;
  runScript: ScriptRunner;
  /** Injected clock so runs are reproducible in tests. */
  now: () => Date;
  exchangeId: string;
  camelId: string;
  /** Data stores and variables (the tenant's, the simulator's, or the run's own). */
  stores: FlowStores;
  /**
   * Gather and Join: the messages that reached this step, one per split message or branch, in
   * order (absent when the step is reached by one message only).
   */
  gathered?: Message[] | undefined;
}

/** Kinds of fork: a Splitter's split messages, a Multicast's branches. */
export type ForkKind = 'split' | 'branch';

/**
 * Splitter and Multicast: the messages that walk on from the step one after the other (CPI's
 * parallel processing runs them in turn here), each from its outgoing sequence flow `route`
 * (default: the step's only one), until a Gather or Join collects them or they end.
 */
export interface StepFork {
  kind: ForkKind;
  parts: { message: Message; route?: string }[];
  /** An error in one part ends the fork at once (else the others run first, then it fails). */
  stopOnException: boolean;
  /** The parts must all have started within this many ms (CPI's splitter timeout). */
  timeoutMs?: number;
}

export interface StepExecResult {
  message: Message;
  logs?: LogLine[];
  messageLog?: MessageLogData;
  /** For gateways: the id of the outgoing sequence flow taken. */
  route?: string;
  /**
   * For Process Call: the Start event of the Local Integration Process to run next; when it
   * ends, the run goes on after the calling step.
   */
  call?: string;
  /** Set when the step failed; the engine then hands over to error handling. */
  error?: { type: string; message: string; line?: number; column?: number };
  /** Splitter and Multicast: the messages that go on from here (see StepFork). */
  fork?: StepFork;
}

export type StepExecutor = (ctx: StepExecContext, message: Message) => Promise<StepExecResult>;

/** An HTTP request as the HTTPS sender adapter receives it. */
export interface HttpRequestInfo {
  method: string;
  /** Absolute URL or path, with query, e.g. "https://host/http/v1/test/hello?id=1". */
  url: string;
  headers: Record<string, string>;
  /** Text, or bytes for a body that is not text (a ZIP posted to the endpoint). */
  body: string | Uint8Array;
}

export interface RunOptions {
  runScript: ScriptRunner;
  now?: () => Date;
  /** Step to start from; default the Start event of the Integration Process. */
  startStepId?: string;
  /** Stop after this step has run. */
  endStepId?: string;
  /** Default flow.settings.limits.stepBudget. */
  stepBudget?: number;
  /** Largest body (UTF-8 bytes) after any step; default flow.settings.limits.maxMessageBytes. */
  maxMessageBytes?: number;
  /** When the run starts from an HTTP request: its headers are mapped as the HTTPS sender does. */
  request?: HttpRequestInfo;
  /** Data stores and variables; default a store of this run alone, empty at its start. */
  stores?: FlowStores;
  /** Fixed ids for reproducible runs; default random. */
  ids?: { exchangeId: string; messageId: string };
}

export interface TraceError {
  stepId: string;
  type: string;
  message: string;
  line?: number;
  column?: number;
  /** The script file of a Script step's error. */
  fileName?: string;
  /** True when an Exception Subprocess caught the error. */
  handled?: boolean;
}

export interface TraceEntry {
  stepId: string;
  stepType: string;
  stepName: string;
  before: Message;
  after: Message;
  durationMs: number;
  logs: LogLine[];
  messageLog: MessageLogData;
  /** Outgoing sequence flow taken after this step. */
  route?: string;
  error?: { type: string; message: string; line?: number; column?: number };
  /** The step ran for one message of a fork: "split 2 of 5" of the Splitter `forkStepId`. */
  part?: TracePart;
  /** A Splitter or Multicast: how many messages it sent on. */
  forked?: { kind: ForkKind; count: number };
  /** A Gather or Join: how many messages it collected. */
  gathered?: number;
}

/** Which message of a fork a trace entry ran for (the innermost fork when they nest). */
export interface TracePart {
  forkStepId: string;
  kind: ForkKind;
  /** 1-based. */
  index: number;
  count: number;
  /** How many forks this one sits in (0: the outermost). */
  depth: number;
}

export interface Trace {
  /**
   * 'completed': the run reached an End event, or the chosen end step (options.endStepId) ran
   * without error (then `stoppedAt` names it). 'failed': a step or the model failed.
   * 'stopped': the user stopped the run, or the run is not over yet (a paused cursor's trace).
   */
  status: 'completed' | 'failed' | 'stopped';
  /** Set when the run ended because the chosen end step ran: that step's id. */
  stoppedAt?: string;
  entries: TraceEntry[];
  output: Message;
  error?: TraceError;
  durationMs: number;
  /** Sequence flow ids taken, in order. */
  route: string[];
  exchangeId: string;
  messageId: string;
}

/** Step-by-step run for Step / Continue / Stop in the simulation UI. */
export interface RunCursor {
  /** Runs one step; null when the run is over. */
  next(): Promise<TraceEntry | null>;
  runToEnd(): Promise<Trace>;
  /**
   * Ends the run now with status 'stopped' (unless already over). Called while a step runs,
   * the stop wins: that step's entry is still recorded, but the run does not go on.
   */
  stop(): Trace;
  /** Id of the step the next call runs; null when done. */
  readonly position: string | null;
  readonly done: boolean;
  /** The trace so far (final once done). */
  readonly trace: Trace;
}
