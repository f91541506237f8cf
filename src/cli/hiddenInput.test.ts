import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readHiddenLine } from './hiddenInput';

/** A fake terminal that records raw mode, fed the given keys. */
function terminal(keys: string) {
  const input = Object.assign(new PassThrough(), {
    modes: [] as boolean[],
    setRawMode(on: boolean) {
      input.modes.push(on);
    },
  });
  const line = readHiddenLine(input);
  input.write(keys);
  return { line, input };
}

describe('readHiddenLine', () => {
  it('reads up to Enter in raw mode (no echo), Backspace takes back a character', async () => {
    const { line, input } = terminal('my-sx\u007fecr\u00e9t\rrest');
    expect(await line).toBe('my-secrét');
    expect(input.modes).toEqual([true, false]);
  });

  it('Ctrl-D ends the line, Ctrl-C cancels it', async () => {
    expect(await terminal('abc\u0004').line).toBe('abc');
    expect(await terminal('abc\u0003def\r').line).toBeNull();
  });
});
