import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, oneLine } from './cliError';

/** Where the CLI writes: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** A file's content on stdout as it is (`-o -`). */
  data(content: string | Uint8Array): void;
  /** Whether stdout is a terminal (no binary content there). */
  terminal: boolean;
}

export const processOutput: CliOutput = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  data: (d) => process.stdout.write(d),
  terminal: process.stdout.isTTY === true,
};

/** "-" as a path: stdin for inputs, stdout for outputs. */
export const STDIO = '-';

/** How a path is named in messages ("-" is stdin). */
export function inputName(path: string): string {
  return path === STDIO ? 'stdin' : path;
}

/** Reads a file ("-": stdin) or fails with a one-line error naming it. */
export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path === STDIO ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path}: is a directory, expected a file`);
    throw new CliError(`${path}: cannot read (${causeOf(e)})`);
  }
}

/** Why a file system call failed, in words (never the temporary names the CLI uses). */
function causeOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENOENT':
      return 'files cannot be created there';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    default:
      return code ?? oneLine(e);
  }
}

/** What `path` is: 'file', 'dir' or 'missing' (anything else is a one-line error). */
function kindOf(path: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    throw new CliError(`${path}: ${causeOf(e)}`);
  }
}

/** The folder an output goes into must be there already: a typo in it is an error, not a new folder. */
function checkFolder(path: string, folder: string): void {
  const kind = kindOf(folder);
  if (kind === 'missing') throw new CliError(`${path}: folder "${folder}" does not exist`);
  if (kind === 'file') throw new CliError(`${path}: "${folder}" is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw new CliError(`${path}: cannot write in "${folder}" (${causeOf(e)})`);
  }
}

/**
 * Checks, before any work, that an output file can be written where it is asked for: its
 * folder exists and the path is not a directory. Writing can still fail (permissions, space);
 * writeOutput says so then.
 */
export function checkOutputFile(path: string): void {
  checkFolder(path, dirname(path));
  if (kindOf(path) === 'dir') throw new CliError(`${path}: is a directory, expected a file`);
}

/**
 * Checks, before any work, an output directory: there already, or its parent folder is (the
 * directory itself is then made, and removed again if writing fails).
 */
export function checkOutputDir(path: string): void {
  const kind = kindOf(path);
  if (kind === 'file') throw new CliError(`${path}: is a file, expected a directory`);
  if (kind === 'missing') checkFolder(path, dirname(path));
}

/**
 * Writes files whole or not at all: each into a temporary file beside it, then all renamed, so
 * an error never leaves a half-written output behind, nor some of the files. A file replaced is
 * kept aside until every rename succeeded and put back if one fails. `dir`, when given, is made
 * first if missing and removed again if writing fails.
 */
export function writeOutputs(
  files: { path: string; data: string | Uint8Array }[],
  dir?: string,
): void {
  const made = dir !== undefined && kindOf(dir) === 'missing';
  const temps: string[] = [];
  const placed: { path: string; backup: string | undefined }[] = [];
  let current = dir ?? files[0]?.path ?? '';
  try {
    if (made) mkdirSync(dir);
    for (const f of files) {
      current = f.path;
      checkOutputFile(f.path);
      const tmp = `${resolve(f.path)}.${process.pid}.tmp`;
      temps.push(tmp);
      writeFileSync(tmp, f.data);
    }
    for (const [i, f] of files.entries()) {
      current = f.path;
      const backup =
        kindOf(f.path) === 'file' ? `${resolve(f.path)}.${process.pid}.bak` : undefined;
      if (backup !== undefined) renameSync(f.path, backup);
      placed.push({ path: f.path, backup });
      renameSync(temps[i]!, f.path);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    // Every file as before the call: replaced ones back, new ones removed, the directory it made.
    for (const p of placed.reverse()) restore(p.path, p.backup);
    if (made) rmSync(dir, { recursive: true, force: true });
    if (e instanceof CliError) throw e;
    throw new CliError(`${current}: cannot write (${causeOf(e)})`);
  }
  for (const p of placed) if (p.backup !== undefined) rmSync(p.backup, { force: true });
}

/** Puts a replaced file back (or removes a new one); best effort while reporting another error. */
function restore(path: string, backup: string | undefined): void {
  try {
    if (backup === undefined) rmSync(path, { force: true });
    else renameSync(backup, path);
  } catch {
    // The original error is what the user needs; the backup stays beside the file if this fails.
  }
}

/** Writes one file whole or not at all (see writeOutputs). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  writeOutputs([{ path, data }]);
}
