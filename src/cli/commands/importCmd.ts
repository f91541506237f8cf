import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { flowFile } from '../../core/workspace';
import { CliError, EXIT } from '../cliError';
import { str, type Command } from '../command';
import { checkOutputDir, writeOutputs } from '../io';
import { loadFlowFile } from '../loadFlowFile';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import a CPI archive (.zip, .iflw), a package export or a flow file into a directory of JSON flows',
  usage: 'ifs import <archive> -o DIR [--force] [--json]',
  help: [
    "  <archive>      a CPI artifact or package export .zip, a .iflw, the app's package export\n" +
      '                 (.package.json), a JSON flow or an unzipped CPI artifact folder',
    '  -o, --output D the directory to write one <flow>.json per flow into',
    '  --force        replace flow files in DIR that differ from the import (edited since)',
    '  --json         print {files, warnings} once written',
    'Every flow is read and checked before anything is written; all files are written or none.',
  ].join('\n'),
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  positionals: [1, 1],
  async run(args, io) {
    const dir = str(args, 'output');
    const path = args.positionals[0] ?? '';
    if (dir === undefined) throw new CliError('ifs import: -o DIR is required');
    checkOutputDir(dir);
    // Progress on stderr (stdout stays the list of files, or clean JSON with --json).
    // A big archive takes a while to read: say so first (a small one needs no line, so a bad
    // small file stays a one-line error).
    if (sizeOf(path) >= 1024 * 1024) io.err(`reading ${path}…`);
    const started = performance.now();
    const { flows, warnings } = await loadFlowFile(path);
    io.err(
      `read ${flows.length} flow${flows.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms; writing to ${dir}`,
    );
    const outputs: { path: string; data: string }[] = [];
    const taken = new Set<string>();
    for (const [i, flow] of flows.entries()) {
      if (flows.length > 1) io.err(`[${i + 1}/${flows.length}] ${flow.name}`);
      // The file the app's Export gives for the flow (the same use-case).
      const { fileName, text } = flowFile(flow);
      let name = fileName;
      for (let n = 2; taken.has(name); n++)
        name = fileName.replace(/\.flow\.json$/, `-${n}.flow.json`);
      taken.add(name);
      outputs.push({ path: join(dir, name), data: text });
    }
    // A flow file edited since the last import is not replaced unless asked (the same content is).
    const changed = outputs.filter((o) => differs(o.path, o.data)).map((o) => basename(o.path));
    if (changed.length > 0 && !args.values.force)
      throw new CliError(
        `${dir}: would replace ${changed.length === 1 ? 'a file that differs' : `${changed.length} files that differ`} (${changed.join(', ')}); give --force to replace`,
      );
    // All files or none: a directory this import made is removed again when one cannot be written.
    writeOutputs(outputs, dir);
    const files = outputs.map((o) => o.path);
    if (args.values.json) io.out(JSON.stringify({ files, warnings }, null, 2));
    else {
      for (const w of warnings) io.err(`note: ${w}`);
      for (const f of files) io.out(f);
    }
    return EXIT.ok;
  },
};

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // loadFlowFile reports the unreadable path
  }
}

/** Whether a file is there with other content than `data` (a directory is writeOutputs' error). */
function differs(path: string, data: string): boolean {
  try {
    return readFileSync(path, 'utf8') !== data;
  } catch {
    return false;
  }
}
