import { runFlow, type Trace, type TraceEntry } from '../../core/engine';
import { bodyText } from '../../core/expression/bodyText';
import type { Message } from '../../core/model/message';
import { errorWhere } from '../../core/script';
import { CliError, EXIT } from '../cliError';
import { pairs, str, type Command } from '../command';
import { elementName } from '../describe';
import { readInput } from '../io';
import { loadOneFlow } from '../loadFlowFile';
import { withScriptRunner } from '../scriptRunner';

function values(record: Record<string, unknown>): string[] {
  return Object.entries(record).map(([k, v]) => `    ${k}: ${bodyText(v)}`);
}

function messageLines(m: Message): string[] {
  return [
    '  headers:',
    ...values(m.headers),
    '  properties:',
    ...values(m.properties),
    '  body:',
    ...bodyText(m.body)
      .split('\n')
      .map((l) => `    ${l}`),
  ];
}

function entryLines(e: TraceEntry): string[] {
  const err = e.error ? [`  error: ${e.error.type}: ${e.error.message}`] : [];
  const logs = e.logs.map((l) => `  log ${l.level}: ${l.text}`);
  return [
    `step ${e.stepName || e.stepId} (${e.stepType})${e.part ? ` [${e.part.kind} ${e.part.index} of ${e.part.count}]` : ''} ${e.durationMs.toFixed(2)} ms${e.route ? ` -> ${e.route}` : ''}`,
    ...logs,
    ...err,
    ...messageLines(e.after),
  ];
}

/** The failure of a run as one line: step, error type, message, line. */
export function runErrorLine(
  trace: Trace,
  flowName: string,
  names: (id: string) => string,
): string {
  const e = trace.error;
  if (!e) return `${flowName}: run ended ${trace.status}`;
  const at = errorWhere(e, true);
  return `${flowName}: ${names(e.stepId)} failed: ${e.type}: ${e.message}${at}`;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'Run a flow once through the engine and script sandbox; prints the resulting body',
  usage:
    'ifs run <flow> [--body TEXT | --body-file F] [--header K=V]… [--property K=V]… [--trace] [--json]',
  help: [
    '  --body TEXT        the message body (default empty)',
    '  --body-file F      read the body from a file (- for stdin)',
    '  --header K=V       a message header (repeatable)',
    '  --property K=V     an exchange property (repeatable)',
    '  --trace            also print headers, properties and body after every step',
    '  --json             print {status, body, headers, properties, error, steps} as JSON',
    'Exit code 1 when the run fails (a step error not handled by the flow).',
  ].join('\n'),
  options: {
    body: { type: 'string' },
    'body-file': { type: 'string' },
    header: { type: 'string', multiple: true },
    property: { type: 'string', multiple: true },
    trace: { type: 'boolean' },
  },
  positionals: [1, 1],
  async run(args, io) {
    const bodyFile = str(args, 'body-file');
    if (bodyFile !== undefined && str(args, 'body') !== undefined)
      throw new CliError('ifs run: give --body or --body-file, not both');
    const headers = pairs(args, 'header');
    const properties = pairs(args, 'property');
    const body =
      bodyFile !== undefined
        ? new TextDecoder().decode(readInput(bodyFile))
        : (str(args, 'body') ?? '');
    const { flow } = await loadOneFlow(args.positionals[0] ?? '');
    const trace = await withScriptRunner((runScript) =>
      runFlow(flow, { body, headers, properties }, { runScript }),
    );
    const names = (id: string) => elementName(flow, id);
    if (args.values.json) {
      io.out(
        JSON.stringify(
          {
            status: trace.status,
            body: bodyText(trace.output.body),
            headers: trace.output.headers,
            properties: trace.output.properties,
            error: trace.error ?? null,
            steps: trace.entries.map((e) => ({
              id: e.stepId,
              type: e.stepType,
              name: e.stepName,
              durationMs: Math.round(e.durationMs * 1000) / 1000, // to the µs, no float noise
              ...(args.values.trace ? { after: e.after } : {}),
              ...(e.part ? { part: e.part } : {}),
              ...(e.error ? { error: e.error } : {}),
            })),
          },
          null,
          2,
        ),
      );
    } else {
      if (args.values.trace) {
        for (const e of trace.entries) io.out(entryLines(e).join('\n'));
        io.out(['result:', ...messageLines(trace.output)].join('\n'));
      } else if (trace.status === 'completed') {
        io.out(bodyText(trace.output.body));
      }
      if (trace.status !== 'completed') io.err(runErrorLine(trace, flow.name, names));
    }
    return trace.status === 'completed' ? EXIT.ok : EXIT.failed;
  },
};
