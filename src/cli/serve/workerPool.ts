import { Worker } from 'node:worker_threads';
import { isJsonScalar, type Message } from '../../core/model/message';
import type { RunScriptOptions, RunScriptResult, ScriptRunner } from '../../core/script/types';
import { DEFAULT_TIME_MS } from '../../core/script';

/** Time beyond a script's own limit before its worker is killed from outside. */
const WATCHDOG_GRACE_MS = 2000;
const WORKER_URL = new URL('./scriptWorker.mjs', import.meta.url);
/** Jobs handed to one worker at a time: the one it runs and the next, already in its queue. */
const DEPTH = 2;
/** Claim cells shared with the workers (at most workers × DEPTH are in use). */
const CLAIM_CELLS = 4096;

interface Job {
  /** The id of its current hand-off to a worker (0 while queued). */
  id: number;
  options: RunScriptOptions;
  resolve: (r: RunScriptResult) => void;
  /** Its cell in `claims` while it is handed to a worker. */
  cell?: number;
}

interface Slot {
  worker: Worker;
  /** Jobs handed to this worker, in order; the first is the one it runs (or starts next). */
  jobs: Job[];
  /** Watchdog of the first job. */
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

/** What a worker gets: the job, its claim cell, and the options as JSON when they are JSON. */
export type JobMessage = { id: number; cell: number } & (
  { json: string } | { options: RunScriptOptions }
);

/** What a worker answers: the result as JSON when JSON carries it exactly, else as is. */
export interface WorkerAnswer {
  id?: number;
  json?: string;
  result?: RunScriptResult;
  failure?: string;
  ready?: boolean;
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

function plainMap(map: Record<string, unknown> | undefined): boolean {
  if (map) for (const k in map) if (!isJsonScalar(map[k])) return false;
  return true;
}

/** Whether JSON carries a message exactly (every served request's is: text and plain values). */
export function jsonSafe(message: Message): boolean {
  return isJsonScalar(message.body) && plainMap(message.headers) && plainMap(message.properties);
}

/**
 * The options go as one JSON string when JSON carries them exactly, else as a structured clone.
 * Posting a string costs a fraction of structured-cloning the object (about 1 µs against 17 µs
 * for the Hello World message).
 */
function handOff(job: Job, cell: number): JobMessage {
  return jsonSafe(job.options.message)
    ? { id: job.id, cell, json: JSON.stringify(job.options) }
    : { id: job.id, cell, options: job.options };
}

/**
 * Scripts on a pool of worker threads, so one slow message does not stall the others and the
 * HTTP loop never waits on QuickJS. A worker that overruns its script's time limit (a hang the
 * sandbox's own interrupt missed) is terminated and replaced.
 *
 * Each worker is handed the job it runs and the next one, so it goes on without waiting for
 * the HTTP thread to answer (a sleep and a wake-up of both threads per message otherwise). A job
 * waiting behind another can be taken back: its claim cell (shared memory) holds its id until a
 * worker swaps in -id to start it; the pool takes a job back by swapping in 0 first, and a worker
 * skips a job whose cell no longer holds its id. A worker that runs out of work takes back a job
 * waiting on a busy worker, so a message never waits behind a slow one while a worker is free.
 */
export function createWorkerPool(size: number, workerUrl: URL = WORKER_URL): WorkerPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_CELLS * 4));
  const freeCells = Array.from({ length: CLAIM_CELLS }, (_, i) => CLAIM_CELLS - 1 - i);
  let nextId = 1;
  let closed = false;

  const readiness: Promise<void>[] = [];

  function spawn(): Slot {
    const worker = new Worker(workerUrl, { workerData: { claims: claims.buffer } });
    const slot: Slot = { worker, jobs: [], timer: null };
    readiness.push(
      new Promise<void>((resolve) => {
        const onReady = (data: { ready?: boolean }) => {
          if (!data.ready) return;
          worker.off('message', onReady);
          resolve();
        };
        worker.on('message', onReady);
        worker.once('exit', () => resolve());
      }),
    );
    worker.on('message', (data: WorkerAnswer) => {
      const at = slot.jobs.findIndex((j) => j.id === data.id);
      if (at < 0) return;
      // Jobs before it were taken back; the worker answers in the order it was handed jobs.
      const [job] = slot.jobs.splice(at, 1);
      finish(slot, job!);
      job!.resolve(
        data.json !== undefined
          ? (JSON.parse(data.json) as RunScriptResult)
          : (data.result ??
              failed(job!.options, 'InternalError', data.failure ?? 'script worker failed')),
      );
      startNext(slot);
      pump();
    });
    worker.on('error', (e) => {
      const running = slot.jobs[0];
      if (running) finish(slot, running);
      slot.jobs.shift();
      replace(slot);
      running?.resolve(
        failed(running.options, 'InternalError', `script worker crashed: ${e.message}`),
      );
    });
    worker.unref();
    return slot;
  }

  /** Frees a job's claim cell: its worker is done with it, or gone. */
  function release(job: Job): void {
    if (job.cell === undefined) return;
    Atomics.store(claims, job.cell, 0);
    freeCells.push(job.cell);
    delete job.cell;
  }

  /** A job is done (answered, timed out or crashed): stop its watchdog, free its claim cell. */
  function finish(slot: Slot, job: Job): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    release(job);
  }

  /** Arms the watchdog of the job the worker starts now (the first in its list). */
  function startNext(slot: Slot): void {
    const job = slot.jobs[0];
    if (!job || slot.timer) return;
    const limit = (job.options.limits?.timeMs ?? DEFAULT_TIME_MS) + WATCHDOG_GRACE_MS;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      slot.jobs.shift();
      finish(slot, job);
      replace(slot);
      job.resolve(
        failed(
          job.options,
          'TimeoutError',
          `Script ran longer than ${limit - WATCHDOG_GRACE_MS} ms`,
        ),
      );
    }, limit);
  }

  /** Takes a handed job back from its worker; false when the worker has already started it. */
  function takeBack(job: Job): boolean {
    if (job.cell === undefined) return true;
    if (Atomics.compareExchange(claims, job.cell, job.id, 0) !== job.id) return false;
    freeCells.push(job.cell);
    delete job.cell;
    return true;
  }

  function replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    void slot.worker.terminate();
    // Every job handed to this worker goes back to the front of the queue, in order, also one it
    // had already started: the worker is gone, and an answer it still sends is ignored (the
    // slot's job list is empty), so each job is answered exactly once.
    const waiting = slot.jobs;
    waiting.forEach(release);
    slot.jobs = [];
    queue.unshift(...waiting);
    const i = slots.indexOf(slot);
    if (i >= 0 && !closed) slots[i] = spawn();
    pump();
  }

  function hand(slot: Slot, job: Job): void {
    // A new id for every hand-off: a stale copy of a job taken back must never match its cell.
    job.id = nextId;
    nextId = nextId >= 0x7fffffff ? 1 : nextId + 1;
    const cell = freeCells.pop()!;
    job.cell = cell;
    Atomics.store(claims, cell, job.id);
    slot.jobs.push(job);
    slot.worker.postMessage(handOff(job, cell));
    startNext(slot);
  }

  function pump(): void {
    while (queue.length > 0 && freeCells.length > 0) {
      let best: Slot | undefined;
      for (const s of slots) if (!best || s.jobs.length < best.jobs.length) best = s;
      if (!best || best.jobs.length >= DEPTH) break;
      hand(best, queue.shift()!);
    }
    // A worker without work takes back a job waiting behind another worker's running one.
    for (const idle of slots) {
      if (idle.jobs.length > 0) continue;
      for (const busy of slots) {
        const waiting = busy.jobs.length > 1 ? busy.jobs[busy.jobs.length - 1]! : undefined;
        if (waiting && takeBack(waiting)) {
          busy.jobs.pop();
          hand(idle, waiting);
          break;
        }
      }
    }
  }

  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  const ready = Promise.all(readiness).then(() => undefined);

  return {
    ready,
    runScript: (options) =>
      new Promise<RunScriptResult>((resolve) => {
        if (closed) return resolve(failed(options, 'InternalError', 'the server is shutting down'));
        queue.push({ id: 0, options, resolve });
        pump();
      }),
    get busy() {
      return queue.length + slots.reduce((n, s) => n + s.jobs.length, 0);
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
