import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunScriptOptions } from '../core/script/types';
import { createSandbox, WATCHDOG_GRACE_MS } from './createSandbox';
import { PROTOCOL_VERSION, type RunRequest } from './protocol';

/** A stand-in worker: answers like the real one, or hangs, or crashes, as the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: RunRequest[] = [];
  constructor(private behaviour: (req: RunRequest, w: FakeWorker) => void) {
    FakeWorker.made.push(this);
    queueMicrotask(() => this.send({ v: PROTOCOL_VERSION, type: 'ready' }));
  }
  send(data: unknown): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<unknown>);
  }
  postMessage(req: RunRequest): void {
    this.received.push(req);
    this.behaviour(req, this);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const opts = (source: string, timeMs = 100): RunScriptOptions => ({
  source,
  message: { body: 'in', headers: {}, properties: {} },
  limits: { timeMs },
});

function answer(req: RunRequest, w: FakeWorker, error?: { type: string; message: string }): void {
  setTimeout(() =>
    w.send({
      v: PROTOCOL_VERSION,
      id: req.id,
      type: 'result',
      result: {
        message: { body: req.options.source, headers: {}, properties: {} },
        logs: [],
        messageLog: { properties: {}, attachments: [] },
        ...(error ? { error } : {}),
        durationMs: 1,
      },
    }),
  );
}

afterEach(() => {
  FakeWorker.made = [];
  vi.useRealTimers();
});

describe('sandbox client', () => {
  it('starts the worker lazily and matches replies by id', async () => {
    const sandbox = createSandbox(() => new FakeWorker(answer) as unknown as Worker);
    expect(FakeWorker.made).toHaveLength(0);
    const [a, b] = await Promise.all([sandbox.run(opts('A')), sandbox.run(opts('B'))]);
    expect(a.message.body).toBe('A');
    expect(b.message.body).toBe('B');
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.received.map((r) => [r.v, r.type])).toEqual([
      [1, 'run'],
      [1, 'run'],
    ]);
    sandbox.dispose();
  });

  it('kills a worker that does not answer in time and replaces it', async () => {
    let first = true;
    const sandbox = createSandbox(
      () =>
        new FakeWorker((req, w) => {
          if (first)
            first = false; // the first run hangs forever
          else answer(req, w);
        }) as unknown as Worker,
    );
    const started = Date.now();
    const hung = await sandbox.run(opts('loop', 50));
    expect(hung.error).toEqual({
      type: 'TimeoutError',
      message: 'Script exceeded its time limit of 50 ms',
      fileName: 'script.js',
    });
    expect(hung.message.body).toBe('in');
    expect(Date.now() - started).toBeGreaterThanOrEqual(50 + WATCHDOG_GRACE_MS - 20);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const next = await sandbox.run(opts('ok'));
    expect(next.message.body).toBe('ok');
    expect(FakeWorker.made).toHaveLength(2);
    sandbox.dispose();
  });

  it('recreates the worker after a memory breach', async () => {
    let n = 0;
    const sandbox = createSandbox(
      () =>
        new FakeWorker((req, w) =>
          answer(
            req,
            w,
            n++ === 0
              ? { type: 'MemoryError', message: 'Script exceeded its memory limit of 64 MB' }
              : undefined,
          ),
        ) as unknown as Worker,
    );
    expect((await sandbox.run(opts('bomb'))).error?.type).toBe('MemoryError');
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect((await sandbox.run(opts('fine'))).error).toBeUndefined();
    expect(FakeWorker.made).toHaveLength(2);
    sandbox.dispose();
  });

  it('drops queued runs whose signal was aborted', async () => {
    const sandbox = createSandbox(() => new FakeWorker(answer) as unknown as Worker);
    const controller = new AbortController();
    const first = sandbox.run(opts('first'));
    const stale = sandbox.run(opts('stale'), { signal: controller.signal });
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect((await first).message.body).toBe('first');
    expect(FakeWorker.made[0]?.received.map((r) => r.options.source)).toEqual(['first']);
    sandbox.dispose();
  });
});
