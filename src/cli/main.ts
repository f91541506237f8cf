import { CliError, EXIT, oneLine } from './cliError';
import { checkPositionals, parseCommandArgs, type Command } from './command';
import { exportCommand } from './commands/exportCmd';
import { hashSecretCommand } from './commands/hashSecret';
import { serveCommand } from './commands/serve';
import { importCommand } from './commands/importCmd';
import { runCommand } from './commands/run';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { processOutput, type CliOutput } from './io';

export const COMMANDS: Command[] = [
  validateCommand,
  runCommand,
  testCommand,
  exportCommand,
  importCommand,
  serveCommand,
  hashSecretCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'ifs: Integration Flow Studio on the command line',
    '',
    'Usage: ifs <command> [options]   (ifs <command> --help for its options)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 flow errors / failed run / failed tests, 2 bad usage or bad input.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  // The flags (indented lines), then --help among them, then the notes below them.
  const lines = c.help.split('\n');
  const flags = lines.filter((l) => l.startsWith(' '));
  const notes = lines.filter((l) => !l.startsWith(' '));
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary,
    '',
    ...flags,
    '  -h, --help     this help',
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

/**
 * Reports a command's failure: one line on stderr, and with --json also `{"ok": false,
 * "exitCode", "error"}` on stdout, so a machine reading stdout gets JSON whatever happened.
 */
function fail(io: CliOutput, json: boolean, message: string, exitCode: number): number {
  io.err(message);
  if (json) io.out(JSON.stringify({ ok: false, exitCode, error: message.replace(/^error: /, '') }));
  return exitCode;
}

/** Runs the CLI on its arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    io.out(name === 'help' && command ? commandHelp(command) : overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // Asked for before the arguments are parsed, so that a usage error is JSON too.
  const json = rest
    .slice(0, rest.includes('--') ? rest.indexOf('--') : undefined)
    .includes('--json');
  const command = COMMANDS.find((c) => c.name === name);
  if (!command)
    return fail(
      io,
      json,
      `ifs: unknown command "${name}" (try: ${COMMANDS.map((c) => c.name).join(', ')})`,
      EXIT.usage,
    );
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    checkPositionals(command, args);
    return await command.run(args, io);
  } catch (e) {
    const exitCode = e instanceof CliError ? e.exitCode : EXIT.usage;
    return fail(io, json, `error: ${oneLine(e)}`, exitCode);
  }
}
