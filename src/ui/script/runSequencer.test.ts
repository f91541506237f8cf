import { describe, expect, it } from 'vitest';
import { RunSequencer } from './runSequencer';

describe('RunSequencer', () => {
  it('drops a result that arrives after a newer one', () => {
    const seq = new RunSequencer();
    const first = seq.next();
    const second = seq.next();
    expect(seq.pending).toBe(true);
    expect(seq.accept(second)).toBe(true);
    expect(seq.accept(first)).toBe(false);
    expect(seq.pending).toBe(false);
  });

  it('accepts results in order and stays pending until the newest arrives', () => {
    const seq = new RunSequencer();
    const a = seq.next();
    const b = seq.next();
    expect(seq.accept(a)).toBe(true);
    expect(seq.pending).toBe(true);
    expect(seq.accept(b)).toBe(true);
    expect(seq.accept(b)).toBe(false);
    expect(seq.pending).toBe(false);
  });

  it('simulates out-of-order async runs: only newer results win', async () => {
    const seq = new RunSequencer();
    const shown: string[] = [];
    const run = (label: string, delay: number) => {
      const n = seq.next();
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          if (seq.accept(n)) shown.push(label);
          resolve();
        }, delay),
      );
    };
    await Promise.all([run('slow-old', 30), run('fast-new', 5)]);
    expect(shown).toEqual(['fast-new']);
  });
});
