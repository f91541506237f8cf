import { readFileSync } from 'node:fs';
import { hashSecret } from '../../core/tenant/crypto';
import { defaultRandom } from '../../core/tenant/crypto';
import { CliError, EXIT } from '../cliError';
import type { Command } from '../command';
import { readHiddenLine } from '../hiddenInput';

export const hashSecretCommand: Command = {
  name: 'hash-secret',
  summary: 'Hash a client secret read from stdin, for the "secretHash" of a tenant file',
  usage: 'ifs hash-secret [< secret.txt]',
  help: [
    '  Reads the secret from stdin (never from the command line, where shells keep history);',
    '  at a terminal it asks for it and does not show what is typed.',
  ].join('\n'),
  options: {},
  positionals: [0, 0],
  async run(_args, io) {
    let secret: string;
    if (process.stdin.isTTY) {
      // Typed at a terminal: asked for, and not shown.
      io.err('Type the secret (it is not shown), then Enter:');
      const typed = await readHiddenLine(process.stdin);
      if (typed === null) throw new CliError('hash-secret: cancelled');
      secret = typed;
    } else secret = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    if (secret.length < 8)
      throw new CliError('hash-secret: the secret must have at least 8 characters');
    io.out(JSON.stringify(await hashSecret(secret, defaultRandom, 100_000)));
    return EXIT.ok;
  },
};
