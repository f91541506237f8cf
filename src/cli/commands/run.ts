import { runFlow, type Trace, type TraceEntry } from '../../core/engine';
import { binarySummary, bodyText } from '../../core/expression/bodyText';
import { textOrBytes } from '../../core/expression/textOrBytes';
import { header } from '../../core/tenant/http';
import { requestBody } from '../../core/tenant/body';
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
    ...(m.body instanceof Uint8Array ? binarySummary(m.body) : bodyText(m.body))
      .split('\n')
      .map((l) => `    ${l}`),
  ];
}

/** A body in JSON output: text as it is, bytes as Base64 said so in `bodyEncoding`. */
function jsonBody(body: unknown): { body: string; bodyEncoding?: 'base64' } {
  return body instanceof Uint8Array
    ? { body: Buffer.from(body).toString('base64'), bodyEncoding: 'base64' }
    : { body: bodyText(body) };
}

/** Files that are bytes whatever they hold (without a Content-Type header to say so). */
const BINARY_FILE =
  /\.(zip|gz|tgz|bz2|xz|7z|jar|war|pdf|png|jpe?g|gif|webp|ico|bin|dat|xlsx?|docx?|pptx?|odt|ods)$/i;

/**
 * The body of --body-file: as the tenant reads a request (a text Content-Type header: text,
 * another type: bytes); without one, bytes for a binary file name, else text when UTF-8.
 */
export function fileBody(
  bytes: Uint8Array,
  path: string,
  headers: Record<string, string>,
): string | Uint8Array {
  const type = header(headers, 'content-type');
  if (type !== undefined) return requestBody(bytes, type);
  if (bytes.length > 0 && BINARY_FILE.test(path)) return bytes;
  return bytes.length === 0 ? '' : textOrBytes(bytes);
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
    '  --body-file F      read the body from a file (- for stdin): bytes for a binary file',
    '                     (not UTF-8, a .zip/.png/.pdf/…, or a --header Content-Type that is not text)',
    '  --header K=V       a message header (repeatable)',
    '  --property K=V     an exchange property (repeatable)',
    '  --trace            also print headers, properties and body after every step',
    '  --json             print {status, body, headers, properties, error, steps} as JSON',
    'Exit code 1 when the run fails (a step error not handled by the flow).',
    'A binary result body goes to stdout as its bytes (ifs run f --body-file x.zip > out.zip);',
    'on a terminal only its size is shown; --json gives it as Base64 with "bodyEncoding": "base64".',
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
        ? fileBody(readInput(bodyFile), bodyFile, headers)
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
            ...jsonBody(trace.output.body),
            headers: trace.output.headers,
            properties: trace.output.properties,
            error: trace.error ?? null,
            steps: trace.entries.map((e) => ({
              id: e.stepId,
              type: e.stepType,
              name: e.stepName,
              durationMs: Math.round(e.durationMs * 1000) / 1000, // to the µs, no float noise
              ...(args.values.trace ? { after: { ...e.after, ...jsonBody(e.after.body) } } : {}),
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
        const out = trace.output.body;
        if (!(out instanceof Uint8Array)) io.out(bodyText(out));
        else if (io.terminal) io.out(`${binarySummary(out)} (use > file)`);
        else io.data(out);
      }
      if (trace.status !== 'completed') io.err(runErrorLine(trace, flow.name, names));
    }
    return trace.status === 'completed' ? EXIT.ok : EXIT.failed;
  },
};
