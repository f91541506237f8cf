/** Resource limits of one script execution (issue: Script step, "Limits"). */
export const DEFAULT_TIME_MS = 1000;
export const DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024;
/** QuickJS C stack. More than 128 KB overflows the host stack inside a Chromium worker. */
export const MAX_STACK_BYTES = 128 * 1024;
/**
 * Heap growth the WebAssembly watch allows on top of the script's memory limit (cached contexts,
 * fragmentation). The heap's hard maximum is one more slack above the watch (engine.heapCapBytes).
 */
export const HEAP_SLACK_BYTES = 16 * 1024 * 1024;

export interface ResolvedLimits {
  timeMs: number;
  memoryBytes: number;
}

export function resolveLimits(limits?: { timeMs?: number; memoryBytes?: number }): ResolvedLimits {
  const timeMs = clamp(limits?.timeMs, DEFAULT_TIME_MS, 1, 60_000);
  const memoryBytes = clamp(
    limits?.memoryBytes,
    DEFAULT_MEMORY_BYTES,
    1024 * 1024,
    1024 * 1024 * 1024,
  );
  return { timeMs, memoryBytes };
}

function clamp(v: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.round(v)));
}

export function timeoutMessage(timeMs: number): string {
  return `Script exceeded its time limit of ${timeMs} ms`;
}

export function memoryMessage(memoryBytes: number): string {
  return `Script exceeded its memory limit of ${Math.round(memoryBytes / (1024 * 1024))} MB`;
}
