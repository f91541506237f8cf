import { afterAll, describe, expect, it } from 'vitest';
import { body } from '../core/script/testing';
import { createNodeSandbox } from './nodeSandbox';

const sandbox = createNodeSandbox();
afterAll(() => sandbox.dispose());

const run = (source: string, timeMs = 300) =>
  sandbox.run({
    source,
    fileName: 'script1.js',
    message: { body: 'in', headers: {}, properties: {} },
    limits: { timeMs },
  });

async function expectHealthy(): Promise<void> {
  const r = await run(body('message.setBody("Hello world from IFlow");'), 1000);
  expect(r.error).toBeUndefined();
  expect(r.message.body).toBe('Hello world from IFlow');
}

describe('the Node sandbox (worker thread + watchdog)', () => {
  it('runs scripts like runScript, with positions in errors', async () => {
    await expectHealthy();
    const r = await run(body('null.x;'));
    expect(r.error).toMatchObject({ type: 'TypeError', line: 2 });
  });

  it('ends a run stuck in one long built-in call as a time-out, and recovers', async () => {
    // One built-in call over 4e8 holes: ended by the guards or, failing them, the watchdog.
    const r = await run(body('String(new Array(4e8));'), 200);
    expect(r.error).toEqual({
      type: 'TimeoutError',
      message: 'Script exceeded its time limit of 200 ms',
      fileName: 'script1.js',
    });
    expect(r.message.body).toBe('in');
    await expectHealthy();
  });

  it('reports host stack exhaustion inside QuickJS as a stack overflow with its position', async () => {
    const r = await run(
      body(
        'var o = {}, c = o;\n  for (var i = 0; i < 100000; i++) { c.a = {}; c = c.a; }\n  JSON.stringify(o);',
      ),
      10_000,
    );
    expect(r.error?.type).toMatch(/InternalError|RangeError/);
    expect(r.error?.message).toContain('stack overflow');
    expect(r.error?.line).toBe(4);
    await expectHealthy();
  });

  it('an endless loop ends at the time limit (interrupt), not only at the watchdog', async () => {
    await expectHealthy();
    const workers = sandbox.workersStarted;
    const r = await run(body('while (true) {}'), 200);
    expect(r.error?.type).toBe('TimeoutError');
    // The interrupt ended it inside the worker: the watchdog did not have to replace the thread.
    expect(sandbox.workersStarted).toBe(workers);
    await expectHealthy();
    // One built-in call over a BigInteger of 300,000 digits never reaches the interrupt: the
    // watchdog ends it and a new thread serves the next run.
    const stuck = await run(body('String(new java.math.BigInteger("10").pow(300000));'), 200);
    expect(stuck.error).toMatchObject({ type: 'TimeoutError' });
    await expectHealthy();
    expect(sandbox.workersStarted).toBe(workers + 1);
  });
});
