import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, oneLine } from './cliError';

/** Where the CLI writes: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CliOutput = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** Reads a file or fails with a one-line error naming it. */
export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path}: is a directory, expected a file`);
    throw new CliError(`${path}: cannot read (${oneLine(e)})`);
  }
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed, so an
 * error never leaves a half-written output behind.
 */
export function writeOutput(path: string, data: string | Uint8Array): void {
  const target = resolve(path);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was created (e.g. a parent is a file): nothing to remove.
    }
    throw new CliError(`${path}: cannot write (${oneLine(e)})`);
  }
}
