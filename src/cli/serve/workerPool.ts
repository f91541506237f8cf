import { Worker } from 'node:worker_threads';
import type { RunScriptOptions, RunScriptResult, ScriptRunner } from '../../core/script/types';
import { DEFAULT_TIME_MS } from '../../core/script';

/** Time beyond a script's own limit before its worker is killed from outside. */
const WATCHDOG_GRACE_MS = 2000;
const WORKER_URL = new URL('./scriptWorker.mjs', import.meta.url);

interface Job {
  id: number;
  options: RunScriptOptions;
  resolve: (r: RunScriptResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface WorkerPool {
  runScript: ScriptRunner;
  /** Resolves when every worker has loaded the sandbox. */
  ready: Promise<void>;
  /** Scripts running or waiting. */
  readonly busy: number;
  close(): Promise<void>;
}

function failed(options: RunScriptOptions, type: string, message: string): RunScriptResult {
  return {
    message: options.message,
    logs: [],
    messageLog: { properties: {}, attachments: [] },
    error: { type, message },
    durationMs: 0,
  };
}

/**
 * What goes to a worker: the options as one JSON string when they are JSON (they always are for
 * a served message: the sandbox itself moves messages in and out of QuickJS as JSON), else as is.
 * Posting a string costs a fraction of structured-cloning the object (about 1 µs against 17 µs
 * for the Hello World message), on both threads.
 */
function handOff(
  job: Job,
): { id: number; json: string } | { id: number; options: RunScriptOptions } {
  try {
    return { id: job.id, json: JSON.stringify(job.options) };
  } catch {
    return { id: job.id, options: job.options };
  }
}

/**
 * Scripts on a pool of worker threads, so one slow message does not stall the others and the
 * HTTP loop never waits on QuickJS. A worker that overruns its script's time limit (a hang the
 * sandbox's own interrupt missed) is terminated and replaced.
 */
export function createWorkerPool(size: number): WorkerPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const readiness: Promise<void>[] = [];

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), job: null, timer: null };
    readiness.push(
      new Promise<void>((resolve) => {
        const onReady = (data: { ready?: boolean }) => {
          if (!data.ready) return;
          slot.worker.off('message', onReady);
          resolve();
        };
        slot.worker.on('message', onReady);
        slot.worker.once('exit', () => resolve());
      }),
    );
    slot.worker.on('message', (data: { id?: number; json?: string; failure?: string }) => {
      const job = slot.job;
      if (!job || data.id !== job.id) return;
      done(
        slot,
        data.json !== undefined
          ? (JSON.parse(data.json) as RunScriptResult)
          : failed(job.options, 'InternalError', data.failure ?? 'script worker failed'),
      );
    });
    slot.worker.on('error', (e) => {
      const job = slot.job;
      replace(slot);
      if (job)
        job.resolve(failed(job.options, 'InternalError', `script worker crashed: ${e.message}`));
    });
    slot.worker.unref();
    return slot;
  }

  function replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    slot.job = null;
    if (i >= 0 && !closed) slots[i] = spawn();
    pump();
  }

  function done(slot: Slot, result: RunScriptResult): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(result);
    pump();
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      const limit = (job.options.limits?.timeMs ?? DEFAULT_TIME_MS) + WATCHDOG_GRACE_MS;
      slot.timer = setTimeout(() => {
        replace(slot);
        job.resolve(
          failed(
            job.options,
            'TimeoutError',
            `Script ran longer than ${limit - WATCHDOG_GRACE_MS} ms`,
          ),
        );
      }, limit);
      slot.worker.postMessage(handOff(job));
    }
  }

  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  const ready = Promise.all(readiness).then(() => undefined);

  return {
    ready,
    runScript: (options) =>
      new Promise<RunScriptResult>((resolve) => {
        if (closed) return resolve(failed(options, 'InternalError', 'the server is shutting down'));
        queue.push({ id: nextId++, options, resolve });
        pump();
      }),
    get busy() {
      return queue.length + slots.filter((s) => s.job).length;
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
