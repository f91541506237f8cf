import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The `ifs` command as a clone has it. */
export const BIN = resolve(import.meta.dirname, '../../bin/ifs.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes (a binary export). */
  stdoutBytes: Buffer;
}

/** Runs the real `ifs` command in a child process, as a user's shell would. */
export function ifs(
  args: string[],
  opts: { cwd?: string; stdin?: string } = {},
): Promise<CliResult> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: opts.cwd, timeout: 60_000, encoding: 'buffer' },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : error
              ? -1
              : 0;
        done({
          code,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8'),
          stdoutBytes: stdout,
        });
      },
    );
    child.stdin?.end(opts.stdin ?? '');
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ifs-cli-'));
}
