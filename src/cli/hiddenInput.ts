import type { Readable } from 'node:stream';

/** A terminal's input: raw mode turns its echo off. */
type TerminalInput = Readable & { setRawMode?(on: boolean): unknown };

/**
 * Reads one line typed at a terminal without showing it (raw mode: no echo), for a secret.
 * Enter or Ctrl-D ends it, Backspace takes back a character; Ctrl-C gives null.
 */
export function readHiddenLine(input: TerminalInput): Promise<string | null> {
  return new Promise((done) => {
    let chars: string[] = [];
    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      done(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(chars.join(''));
        if (ch === '\u0003') return finish(null);
        if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
        else if (ch >= ' ') chars.push(ch);
      }
    };
    input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}
