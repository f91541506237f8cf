import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

const HELLO = body('message.setBody("Hello world from IFlow");');

async function expectHealthy(): Promise<void> {
  const r = await runOn(HELLO);
  expect(r.error).toBeUndefined();
  expect(r.message.body).toBe('Hello world from IFlow');
}

describe('sandbox limits', () => {
  it('stops an endless loop with the exact time-out message', async () => {
    const r = await runOn(body('while (true) {}'), { body: 'in' });
    expect(r.error).toMatchObject({
      type: 'TimeoutError',
      message: 'Script exceeded its time limit of 1000 ms',
    });
    expect(r.message.body).toBe('in');
    await expectHealthy();
  });

  it('honours a custom time limit, even when the script catches errors', async () => {
    const r = await runOn(
      body('for (;;) { try { while (true) {} } catch (e) {} }'),
      {},
      { timeMs: 200 },
    );
    expect(r.error).toMatchObject({
      type: 'TimeoutError',
      message: 'Script exceeded its time limit of 200 ms',
    });
    await expectHealthy();
  });

  it('reports deep recursion as a stack overflow', async () => {
    const r = await runOn('function f(n) { return f(n + 1) + 1; }\n' + body('f(0);'));
    expect(r.error?.type).toMatch(/^(InternalError|RangeError)$/);
    expect(r.error?.message).toContain('stack overflow');
    expect(r.error?.line).toBe(1);
    await expectHealthy();
  });

  const bombs: [string, string][] = [
    ['many small objects', 'var a = []; for (;;) a.push({ i: a.length, s: "x" + a.length });'],
    ['a string doubled', 'var s = "xxxxxxxx"; for (;;) s = s + s;'],
    ['typed arrays', 'var keep = []; for (;;) keep.push(new Float64Array(1024 * 1024));'],
    ['one huge typed array', 'var t = new Uint8Array(512 * 1024 * 1024); t[1] = 1;'],
    ['a large number array', 'var n = []; for (var i = 0; ; i++) n.push(i * 1.5);'],
  ];
  for (const [name, code] of bombs) {
    it(`stops a memory bomb: ${name}`, async () => {
      const r = await runOn(body(code), { body: 'in' }, { timeMs: 10_000 });
      expect(r.error?.type).toBe('MemoryError');
      expect(r.error?.message).toBe('Script exceeded its memory limit of 64 MB');
      expect(r.message.body).toBe('in');
      await expectHealthy();
    });
  }

  it('respects a smaller memory limit', async () => {
    const r = await runOn(
      body('var s = []; for (var i = 0; i < 2e6; i++) s.push("item" + i);'),
      {},
      {
        memoryBytes: 8 * 1024 * 1024,
        timeMs: 10_000,
      },
    );
    expect(r.error?.type).toBe('MemoryError');
    expect(r.error?.message).toBe('Script exceeded its memory limit of 8 MB');
    await expectHealthy();
  });

  it('lets a script use a reasonable amount of memory', async () => {
    const r = await runOn(
      body('var a = new Array(200000).fill("abc"); message.setBody(a.length);'),
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe(200000);
  });
});

describe('a script that swallows out-of-memory errors', () => {
  it('is still stopped (by the heap watch or the time limit) and the sandbox recovers', async () => {
    const r = await runOn(
      body('var a = []; for (;;) { try { a.push(new Array(100000).fill(1)); } catch (e) {} }'),
    );
    expect(['MemoryError', 'TimeoutError']).toContain(r.error?.type);
    const ok = await runOn(body('message.setBody("after");'));
    expect(ok.message.body).toBe('after');
  });
});
