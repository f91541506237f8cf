import type { LogLine, Message, MessageLogData } from '../model/message';

/** Contract of the script sandbox (issue: Script step). Implemented in src/sandbox. */
export interface RunScriptOptions {
  source: string;
  /** Default "processData". */
  functionName?: string;
  message: Message;
  limits?: { timeMs?: number; memoryBytes?: number };
  /** File name used in error positions, e.g. "script1.js". */
  fileName?: string;
  /** The script's language; Groovy is translated to JavaScript first. Default "javascript". */
  language?: 'javascript' | 'groovy';
}

export interface ScriptError {
  type: string;
  message: string;
  line?: number;
  column?: number;
  /** The script file the error belongs to ("script1.js"), on every error runScript reports. */
  fileName?: string;
}

export interface RunScriptResult {
  message: Message;
  logs: LogLine[];
  /**
   * What the script wrote through messageLogFactory. addCustomHeaderProperty values appear in
   * `properties` (last value wins) and, every value kept, in `customHeaderProperties`.
   */
  messageLog: MessageLogData & { customHeaderProperties?: { name: string; value: string }[] };
  error?: ScriptError;
  durationMs: number;
}

export type ScriptRunner = (options: RunScriptOptions) => Promise<RunScriptResult>;
