import { exportFlow } from '../../core/io';
import { CamelExportError, exportCamelK, exportCamelYaml } from '../../core/io/camel';
import { exportCpiArchive } from '../../core/io/cpi';
import type { Flow } from '../../core/model/flow';
import { CliError, EXIT } from '../cliError';
import { str, type Command } from '../command';
import { checkOutputFile, STDIO, writeOutput } from '../io';
import { loadOneFlow } from '../loadFlowFile';

/** Export formats by --to name: each turns a flow into a file's content or throws CliError. */
export const EXPORTERS: Record<string, (flow: Flow) => Promise<string | Uint8Array>> = {
  json: async (flow) => exportFlow(flow),
  cpi: exportCpiArchive,
  'camel-yaml': camel(exportCamelYaml),
  'camel-k': camel(exportCamelK),
};

/** A Camel exporter whose refusals (a step with no Camel equivalent) are CLI errors. */
function camel(write: (flow: Flow) => Promise<string>): (flow: Flow) => Promise<string> {
  return async (flow) => {
    try {
      return await write(flow);
    } catch (e) {
      if (e instanceof CamelExportError) throw new CliError(`cannot export to Camel: ${e.message}`);
      throw e;
    }
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a flow as our JSON, a CPI archive, Camel YAML DSL or a Camel K Integration',
  usage: 'ifs export <flow> --to json|cpi|camel-yaml|camel-k -o FILE [--json]',
  help: [
    '  --to FORMAT    json (our canonical export), cpi (CPI artifact .zip),',
    '                 camel-yaml (Camel YAML DSL route), camel-k (Camel K Integration)',
    '  -o, --output F the file to write (written whole or not at all); - for stdout',
    '  --json         print {flow, format, file, bytes} once written',
  ].join('\n'),
  options: { to: { type: 'string' }, output: { type: 'string', short: 'o' } },
  positionals: [1, 1],
  async run(args, io) {
    const to = str(args, 'to');
    const output = str(args, 'output');
    const formats = ['json', 'cpi', 'camel-yaml', 'camel-k'];
    if (to === undefined)
      throw new CliError(`ifs export: --to is required (${formats.join(', ')})`);
    if (!formats.includes(to))
      throw new CliError(`ifs export: unknown format "${to}" (use ${formats.join(', ')})`);
    if (output === undefined) throw new CliError('ifs export: -o FILE is required');
    const exporter = EXPORTERS[to];
    if (!exporter) throw new CliError(`ifs export: --to ${to} is not available in this build`);
    const toStdout = output === STDIO;
    if (toStdout && args.values.json)
      throw new CliError('ifs export: -o - writes the export to stdout; leave out --json');
    if (toStdout && to === 'cpi' && io.terminal)
      throw new CliError('ifs export: a CPI archive is binary; redirect stdout or give -o FILE');
    if (!toStdout) checkOutputFile(output);
    const { flow } = await loadOneFlow(args.positionals[0] ?? '');
    const data = await exporter(flow);
    if (toStdout) {
      io.data(data);
      return EXIT.ok;
    }
    writeOutput(output, data);
    if (args.values.json)
      io.out(JSON.stringify({ flow: flow.name, format: to, file: output, bytes: data.length }));
    else io.err(`${flow.name}: wrote ${to} to ${output}`);
    return EXIT.ok;
  },
};
