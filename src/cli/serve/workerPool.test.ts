import { afterAll, describe, expect, it } from 'vitest';
import type { RunScriptOptions } from '../../core/script/types';
import { runScript } from '../../core/script';
import { createWorkerPool, jsonSafe } from './workerPool';

const SCRIPT = `function processData(message) {
  var body = String(message.getBody());
  if (body.indexOf("slow") === 0) { var t = Date.now(); while (Date.now() - t < 1500) {} }
  message.setBody("done: " + body);
  return message;
}`;

const job = (body: string, timeMs = 10_000): RunScriptOptions => ({
  source: SCRIPT,
  message: { body, headers: {}, properties: {} },
  limits: { timeMs },
});

describe('script worker pool', { timeout: 60_000 }, () => {
  const pool = createWorkerPool(2);
  afterAll(() => pool.close());

  it('runs every job once, in parallel on its workers', async () => {
    await pool.ready;
    const bodies = Array.from({ length: 40 }, (_, i) => `m${i}`);
    const results = await Promise.all(bodies.map((b) => pool.runScript(job(b))));
    expect(results.map((r) => r.message.body)).toEqual(bodies.map((b) => `done: ${b}`));
    expect(pool.busy).toBe(0);
  });

  it('a job handed to a worker behind a slow one is taken back by the free worker', async () => {
    // Four jobs at once on two workers: each worker is handed two, so one fast job waits behind
    // the slow one until the other worker runs out of work and takes it back.
    const order: string[] = [];
    const run = (b: string) =>
      pool.runScript(job(b)).then((r) => {
        order.push(String(r.message.body));
        return r;
      });
    const all = await Promise.all([run('slow'), run('fast 1'), run('fast 2'), run('fast 3')]);
    expect(all.every((r) => !r.error)).toBe(true);
    expect(order[order.length - 1]).toBe('done: slow');
    expect(order).toHaveLength(4);
  });

  it('gives what the sandbox gives in-process, for plain messages and for others', async () => {
    const messages = [
      { body: 'text', headers: { a: '1', n: 2, ok: true, none: null }, properties: {} },
      { body: new Uint8Array([104, 105]), headers: {}, properties: { when: new Date(0) } },
      { body: { json: [1, 2] }, headers: { x: undefined }, properties: { nan: NaN } },
    ];
    expect(messages.map(jsonSafe)).toEqual([true, false, false]);
    for (const source of [
      'function processData(message) { return message; }',
      'function processData(message) { message.setHeader("seen", String(message.getBody())); return message; }',
    ])
      for (const message of messages) {
        const options = { source, message };
        const [viaPool, direct] = await Promise.all([pool.runScript(options), runScript(options)]);
        expect(viaPool.message).toEqual(direct.message);
        expect(viaPool.error).toEqual(direct.error);
      }
  });

  it('a script that hangs past its limit fails with TimeoutError; the pool goes on', async () => {
    const hung = await pool.runScript({
      source: 'function processData(message) { while (true) {} }',
      message: { body: '', headers: {}, properties: {} },
      limits: { timeMs: 200 },
    });
    expect(hung.error?.type).toMatch(/Timeout/);
    const next = await pool.runScript(job('after'));
    expect(next.message.body).toBe('done: after');
  });

  it('the watchdog ends a worker that never answers; jobs waiting on it go to another worker', async () => {
    const hanging = createWorkerPool(2, new URL('./testing/hangingWorker.mjs', import.meta.url));
    try {
      await hanging.ready;
      const plainJob = (body: string, timeMs = 100): RunScriptOptions => ({
        source: 'unused',
        message: { body, headers: {}, properties: {} },
        limits: { timeMs },
      });
      // "hang" goes to the first worker, "a" to the second, "b" waits behind "hang".
      const [hung, a, b] = await Promise.all([
        hanging.runScript(plainJob('hang')),
        hanging.runScript(plainJob('a')),
        hanging.runScript(plainJob('b')),
      ]);
      expect(hung.error).toEqual({
        type: 'TimeoutError',
        message: 'Script ran longer than 100 ms',
      });
      expect([a.message.body, b.message.body]).toEqual(['echo a', 'echo b']);
      // The replaced worker serves again.
      const after = await Promise.all(['c', 'd', 'e'].map((x) => hanging.runScript(plainJob(x))));
      expect(after.map((r) => r.message.body)).toEqual(['echo c', 'echo d', 'echo e']);
      expect(hanging.busy).toBe(0);
    } finally {
      await hanging.close();
    }
  });

  it('jobs a worker had already started when it was ended are run again, never left waiting', async () => {
    const late = createWorkerPool(1, new URL('./testing/hangingWorker.mjs', import.meta.url));
    try {
      await late.ready;
      const lateJob: RunScriptOptions = {
        source: 'unused',
        message: { body: 'late', headers: {}, properties: {} },
        limits: { timeMs: 50 },
      };
      // One worker is handed both jobs and starts both; the watchdog of the first ends it while
      // the second is already claimed. Both must come back (each with the watchdog's error).
      const results = await Promise.all([late.runScript(lateJob), late.runScript(lateJob)]);
      expect(results.map((r) => r.error?.type)).toEqual(['TimeoutError', 'TimeoutError']);
      expect(late.busy).toBe(0);
    } finally {
      await late.close();
    }
  });
});
