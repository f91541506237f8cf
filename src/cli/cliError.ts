/** Exit codes of the `ifs` command (README: "CLI"). */
export const EXIT = {
  ok: 0,
  /** The flow has errors, a run failed, a test failed. */
  failed: 1,
  /** Bad usage or bad input: unknown flag, unreadable file, malformed flow, port in use. */
  usage: 2,
} as const;

/** An error the CLI prints as one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The first line of an error's message, for one-line reports. */
export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]?.trim() || 'unknown error';
}
