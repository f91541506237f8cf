import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cliError';
import type { CliOutput } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** One `ifs` sub-command: its flags (node's util.parseArgs), help text and handler. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Help lines for the flags, after the usage line. */
  help: string;
  options: Options;
  /** How many positional arguments: [min, max]. */
  positionals: [number, number];
  run(args: ParsedArgs, io: CliOutput): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Flags every command takes. */
export const COMMON_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
};

/** Parses a command's arguments strictly: an unknown flag or a missing value is a usage error. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const text = (e instanceof Error ? e.message.split('\n')[0] : String(e)) ?? '';
    const hint = /^Unknown option/.test(text) ? ` ("ifs ${command.name} --help" lists them)` : '';
    throw new CliError(`ifs ${command.name}: ${text.replace(/\. To specify.*$/, '')}${hint}`);
  }
  return parsed as ParsedArgs;
}

export function checkPositionals(command: Command, args: ParsedArgs): void {
  const [min, max] = command.positionals;
  const n = args.positionals.length;
  if (n < min) throw new CliError(`ifs ${command.name}: missing argument; usage: ${command.usage}`);
  if (n > max)
    throw new CliError(
      `ifs ${command.name}: unexpected argument "${args.positionals[max]}"; usage: ${command.usage}`,
    );
}

export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : [];
}

/** K=V pairs of a repeatable flag; a pair with no "=" is a usage error naming the flag. */
export function pairs(args: ParsedArgs, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list(args, name)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`--${name} "${item}": expected NAME=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}
