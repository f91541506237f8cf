import { safeFileName } from '../core/script/scriptError';
import type { RunScriptOptions, RunScriptResult, ScriptError } from '../core/script/types';
import { isWorkerReply, PROTOCOL_VERSION, type RunRequest } from './protocol';

/** The page's handle on the script sandbox (one Web Worker running QuickJS). */
export interface Sandbox {
  /** Run a script; never rejects for script problems (they come back as `result.error`). */
  run(options: RunScriptOptions, opts?: { signal?: AbortSignal }): Promise<RunScriptResult>;
  /** Terminate the worker; the next run starts a new one. */
  dispose(): void;
  /** How many workers were started so far (the first, and one after each watchdog or memory breach). */
  readonly workersStarted: number;
}

/** Extra time the worker gets beyond the script's own limit before it is killed from outside. */
export const WATCHDOG_GRACE_MS = 1500;
/** How long the worker may take to load QuickJS before runs fail. */
export const LOAD_TIMEOUT_MS = 15_000;

interface Job {
  id: number;
  options: RunScriptOptions;
  resolve: (r: RunScriptResult) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
}

function failed(
  options: RunScriptOptions,
  error: ScriptError,
  durationMs: number,
): RunScriptResult {
  return {
    message: options.message,
    logs: [],
    messageLog: { properties: {}, attachments: [] },
    error,
    durationMs,
  };
}

/**
 * Sandbox over any worker factory (tests pass a fake). Runs go one at a time so the watchdog
 * measures only the run itself; a hung or memory-breached worker is terminated and replaced.
 */
export function createSandbox(createWorker: () => Worker): Sandbox {
  let worker: Worker | null = null;
  let ready: Promise<void> | null = null;
  let active: (Job & { started: number; timer: ReturnType<typeof setTimeout> }) | null = null;
  const queue: Job[] = [];
  let nextId = 1;

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
    ready = null;
  }

  function finish(result: RunScriptResult, recycle: boolean): void {
    if (!active) return;
    clearTimeout(active.timer);
    const job = active;
    active = null;
    if (recycle) stopWorker();
    job.resolve(result);
    pump();
  }

  let workersStarted = 0;

  function startWorker(): Promise<void> {
    const w = createWorker();
    workersStarted++;
    worker = w;
    ready = new Promise<void>((resolve) => {
      const loadTimer = setTimeout(resolve, LOAD_TIMEOUT_MS);
      w.onmessage = (event: MessageEvent<unknown>) => {
        const data = event.data;
        if (!isWorkerReply(data) || w !== worker) return;
        if (data.type === 'ready') {
          clearTimeout(loadTimer);
          resolve();
        } else if (active && data.id === active.id) {
          finish(data.result, data.result.error?.type === 'MemoryError');
        }
      };
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault?.();
        clearTimeout(loadTimer);
        resolve();
        if (active && w === worker) {
          const message = event.message || 'The sandbox worker failed';
          finish(
            failed(
              active.options,
              { type: 'SandboxError', message },
              performance.now() - active.started,
            ),
            true,
          );
        }
      };
    });
    return ready;
  }

  function pump(): void {
    if (active) return;
    let job = queue.shift();
    while (job && job.signal?.aborted) {
      job.reject(new DOMException('The run was aborted', 'AbortError'));
      job = queue.shift();
    }
    if (!job) return;
    const current = job;
    const timeMs = current.options.limits?.timeMs ?? 1000;
    const started = performance.now();
    active = { ...current, started, timer: setTimeout(() => undefined, 0) };
    void (ready ?? startWorker()).then(() => {
      if (!active || active.id !== current.id || !worker) return;
      active.timer = setTimeout(() => {
        const result = failed(
          current.options,
          {
            type: 'TimeoutError',
            message: `Script exceeded its time limit of ${timeMs} ms`,
            fileName: safeFileName(current.options.fileName),
          },
          performance.now() - started,
        );
        finish(result, true);
      }, timeMs + WATCHDOG_GRACE_MS);
      const request: RunRequest = {
        v: PROTOCOL_VERSION,
        id: current.id,
        type: 'run',
        options: current.options,
      };
      worker.postMessage(request);
    });
  }

  return {
    get workersStarted() {
      return workersStarted;
    },
    run(options, opts) {
      return new Promise<RunScriptResult>((resolve, reject) => {
        const job: Job = { id: nextId++, options, resolve, reject };
        if (opts?.signal) job.signal = opts.signal;
        queue.push(job);
        pump();
      });
    },
    dispose() {
      if (active) clearTimeout(active.timer);
      const pending = active ? [active, ...queue] : [...queue];
      active = null;
      queue.length = 0;
      stopWorker();
      for (const job of pending)
        job.reject(new DOMException('The sandbox was disposed', 'AbortError'));
    },
  };
}
