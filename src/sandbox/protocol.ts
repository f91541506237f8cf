import type { RunScriptOptions, RunScriptResult } from '../core/script/types';

/** Versioned messages between the page and the sandbox worker. Only plain data crosses. */
export const PROTOCOL_VERSION = 1;

export interface RunRequest {
  v: typeof PROTOCOL_VERSION;
  id: number;
  type: 'run';
  options: RunScriptOptions;
}

export type WorkerReply =
  | { v: typeof PROTOCOL_VERSION; id: number; type: 'result'; result: RunScriptResult }
  | { v: typeof PROTOCOL_VERSION; type: 'ready' };

export function isRunRequest(data: unknown): data is RunRequest {
  const d = data as Partial<RunRequest> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.v === PROTOCOL_VERSION &&
    d.type === 'run' &&
    typeof d.id === 'number' &&
    typeof d.options === 'object' &&
    d.options !== null &&
    typeof d.options.source === 'string'
  );
}

export function isWorkerReply(data: unknown): data is WorkerReply {
  const d = data as Partial<{ v: number; type: string; id: number; result: unknown }> | null;
  if (typeof d !== 'object' || d === null || d.v !== PROTOCOL_VERSION) return false;
  if (d.type === 'ready') return true;
  return (
    d.type === 'result' &&
    typeof d.id === 'number' &&
    typeof d.result === 'object' &&
    d.result !== null
  );
}
