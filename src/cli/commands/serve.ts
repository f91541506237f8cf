import { availableParallelism } from 'node:os';
import type { Flow } from '../../core/model/flow';
import { CliError, EXIT, oneLine } from '../cliError';
import { str, type Command } from '../command';
import { readInput } from '../io';
import { loadOneFlow } from '../loadFlowFile';
import { loadServeRuntime } from '../serve/runtime';
import type { ServeEvent } from '../serve/server';
import { parseTenantFile } from '../serve/tenantFile';
import { MONITORING_DATA_READ, MPL_API_PATH, timerNote } from '../../core/tenant';

function intFlag(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`--${name} "${value}": expected a whole number from ${min} to ${max}`);
  return n;
}

/** A request log line: "→ 12 POST /http/v1/test/hello", "← 12 200 POST /http/v1/test/hello 3.1 ms AG…". */
export function logLine(e: ServeEvent, json: boolean): string {
  if (json)
    return JSON.stringify(e.type === 'answered' ? { ...e, ms: Number(e.ms.toFixed(1)) } : e);
  return e.type === 'received'
    ? `→ ${e.seq} ${e.method} ${e.path}`
    : `← ${e.seq} ${e.status} ${e.method} ${e.path} ${e.ms.toFixed(1)} ms${e.messageId ? ` ${e.messageId}` : ''}`;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve flows on 127.0.0.1 as the tenant does (/http/<address>, /oauth/token)',
  usage: 'ifs serve <flow>… [--port N] [--tenant FILE] [--workers N] [--log] [--json]',
  help: [
    '  --port N        port on 127.0.0.1 (default 8080; 0 picks a free one)',
    '  --tenant FILE   OAuth clients (hashed secrets, see "ifs hash-secret") and role assignments',
    '  --workers N     script worker threads (default: the number of CPUs, at least 2)',
    '  --log           one line per request on stderr when it arrives and when it is answered',
    '                  (status, time, message processing log id); with --json, as JSON lines',
    '  --json          print {url, tokenUrl, logsUrl, endpoints, timers} as one JSON line once listening',
    'SIGTERM or Ctrl-C stops taking requests, finishes those in flight, then exits.',
  ].join('\n'),
  options: {
    port: { type: 'string', short: 'p' },
    tenant: { type: 'string' },
    workers: { type: 'string' },
    log: { type: 'boolean' },
  },
  positionals: [1, 1000],
  async run(args, io) {
    const port = intFlag(str(args, 'port'), 'port', 0, 65535, 8080);
    const workers = intFlag(
      str(args, 'workers'),
      'workers',
      1,
      64,
      Math.max(2, availableParallelism()),
    );
    const tenantPath = str(args, 'tenant');
    const tenantFile =
      tenantPath === undefined
        ? undefined
        : parseTenantFile(new TextDecoder().decode(readInput(tenantPath)), tenantPath);
    const flows: Flow[] = [];
    const fileOfId = new Map<string, string>();
    for (const path of args.positionals) {
      const { flow } = await loadOneFlow(path);
      // The tenant keeps one deployment per flow id: a second one would replace the first.
      const other = fileOfId.get(flow.id);
      if (other !== undefined)
        throw new CliError(
          other === path
            ? `${path}: given twice`
            : `${path}: flow id "${flow.id}" is also the id of the flow in ${other}; the tenant deploys one flow per id`,
        );
      fileOfId.set(flow.id, path);
      flows.push(flow);
    }
    const json = args.values.json === true;
    const { startServer } = await loadServeRuntime(io.err);
    let running;
    try {
      running = await startServer({
        flows,
        sources: args.positionals,
        port,
        workers,
        ...(tenantFile ? { tenantFile } : {}),
        ...(args.values.log ? { onEvent: (e: ServeEvent) => io.err(logLine(e, json)) } : {}),
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${port} on 127.0.0.1 is already in use`);
      if (code === 'EACCES') throw new CliError(`port ${port} on 127.0.0.1 is not allowed`);
      throw new CliError(oneLine(e));
    }
    const base = `http://127.0.0.1:${running.port}`;
    const deployed = await running.tenant.listDeployments();
    const endpoints = deployed.flatMap((d) => d.endpoints.map((ep) => `${base}/http${ep.address}`));
    const timers = deployed.flatMap((d) => {
      const note = timerNote(d);
      return note ? [`${d.flowName}: ${note}`] : [];
    });
    const logsUrl = `${base}${MPL_API_PATH}`;
    if (json)
      io.out(
        JSON.stringify({ url: base, tokenUrl: `${base}/oauth/token`, logsUrl, endpoints, timers }),
      );
    else {
      io.out(`listening on ${base}`);
      io.out(`token endpoint: POST ${base}/oauth/token?grant_type=client_credentials`);
      for (const e of endpoints) io.out(`endpoint: ${e}`);
      for (const t of timers) io.out(`timer: ${t}`);
      io.out(`message processing logs: GET ${logsUrl} (role ${MONITORING_DATA_READ})`);
      if (!tenantFile)
        io.err('note: no --tenant file, so no client can get a token (every call is 401)');
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        io.err('shutting down: finishing messages in flight');
        void running.shutdown().then(resolve);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    return EXIT.ok;
  },
};
