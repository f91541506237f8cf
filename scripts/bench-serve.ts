/**
 * `ifs serve` under load: autocannon drives the Hello World flow (OAuth Bearer token, CSRF token,
 * the real flow with its Script step on the worker pool) and, in the same run, a bare node:http
 * server that answers "Hello world from IFlow" to any request. Both run as child processes on
 * 127.0.0.1 with the same connections and duration, one after the other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { defaultRandom, hashSecret } from '../src/core/tenant/crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /**
   * CPU time per request in µs (user + system, Linux /proc; undefined elsewhere): the whole
   * server process, its main (HTTP) thread, and the load generator. On a machine whose cores
   * are all busy, requests/s follow the sum of these, not any one thread's wall time.
   */
  cpuUs?: { server: number; mainThread: number; loadGenerator: number };
}

/**
 * What handing a message to a worker thread and back costs this machine in CPU (all threads of
 * this process, µs): one at a time, so both threads sleep and are woken for every message (as a
 * served request's script hand-off mostly is), and 16 in flight, so the worker stays awake.
 */
export async function handOffCost(messages = 5000): Promise<{ waking: number; awake: number }> {
  const worker = new Worker(
    "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage(m));",
    { eval: true },
  );
  const payload = JSON.stringify({ body: 'Hello world from IFlow', headers: {}, properties: {} });
  const measure = (inFlight: number) =>
    new Promise<number>((done) => {
      let answered = 0;
      let sent = 0;
      const cpu = process.cpuUsage();
      const onAnswer = () => {
        answered++;
        if (answered === messages) {
          worker.off('message', onAnswer);
          const used = process.cpuUsage(cpu);
          done(Math.round(((used.user + used.system) / messages) * 10) / 10);
        } else if (sent < messages) {
          sent++;
          worker.postMessage(payload);
        }
      };
      worker.on('message', onAnswer);
      for (; sent < inFlight; sent++) worker.postMessage(payload);
    });
  try {
    await measure(1); // warm-up
    return { waking: await measure(1), awake: await measure(16) };
  } finally {
    await worker.terminate();
  }
}

export interface ServeBench {
  bare: LoadResult;
  serve: LoadResult;
  /** serve / bare requests per second. */
  ratio: number;
  connections: number;
  durationSec: number;
  workers: number;
  /** CPU µs per worker hand-off and back, waking the threads or keeping them awake. */
  handOff: { waking: number; awake: number };
}

const BARE = `const http = require('node:http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('Hello world from IFlow'); });
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));`;

/** Starts a child that prints one JSON line with its `url` once listening. */
async function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const line = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', done);
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${stderr.trim()}`)));
  });
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** CPU seconds (user + system) of a process, or of one of its threads, from /proc. */
function cpuSeconds(pid: number, tid?: number): number | undefined {
  try {
    const path = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
  pid: number | undefined,
): Promise<LoadResult> {
  const options = { url, method: 'POST' as const, headers, body: 'hi', connections };
  await autocannon({ ...options, duration: 1 }); // warm-up: JIT, worker realms, token cache
  const before = pid === undefined ? undefined : [cpuSeconds(pid), cpuSeconds(pid, pid)];
  const self = process.cpuUsage();
  const r = await autocannon({ ...options, duration });
  const selfUs = process.cpuUsage(self);
  const after = pid === undefined ? undefined : [cpuSeconds(pid), cpuSeconds(pid, pid)];
  const perRequest = (seconds: number) => Math.round((seconds * 1e6) / r.requests.total);
  const cpuUs =
    before?.[0] !== undefined && before[1] !== undefined && after?.[0] && after[1]
      ? {
          server: perRequest(after[0] - before[0]),
          mainThread: perRequest(after[1] - before[1]),
          loadGenerator: perRequest((selfUs.user + selfUs.system) / 1e6),
        }
      : undefined;
  return {
    ...(cpuUs ? { cpuUs } : {}),
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** Token and CSRF token for the Hello World flow, as the Test Console gets them. */
async function credentials(base: string, endpoint: string): Promise<Record<string, string>> {
  const basic = Buffer.from('bench:bench-secret-1').toString('base64');
  const tokenRes = await fetch(`${base}/oauth/token?grant_type=client_credentials`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}` },
  });
  if (!tokenRes.ok) throw new Error(`token: ${tokenRes.status} ${await tokenRes.text()}`);
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${access_token}` };
  const csrf = await fetch(endpoint, { headers: { ...auth, 'X-CSRF-Token': 'Fetch' } });
  const csrfToken = csrf.headers.get('x-csrf-token');
  if (!csrfToken) throw new Error(`CSRF token fetch: ${csrf.status}`);
  return { ...auth, 'X-CSRF-Token': csrfToken, 'Content-Type': 'text/plain' };
}

export async function benchServe(
  connections = 16,
  durationSec = 5,
  workers = 2,
): Promise<ServeBench> {
  const dir = mkdtempSync(join(tmpdir(), 'ifs-bench-serve-'));
  const children: ChildProcess[] = [];
  try {
    const tenant = join(dir, 'tenant.json');
    writeFileSync(
      tenant,
      JSON.stringify({
        clients: [
          {
            clientId: 'bench',
            secretHash: await hashSecret('bench-secret-1', defaultRandom, 1000),
          },
        ],
        roles: [{ user: 'oauth_client_bench', roles: ['ESBMessaging.send'] }],
      }),
    );
    const bareServer = await start(['-e', BARE]);
    children.push(bareServer.child);
    const bare = await load(
      `${bareServer.url}/http/v1/test/hello`,
      { 'Content-Type': 'text/plain' },
      connections,
      durationSec,
      bareServer.child.pid,
    );
    await stop(bareServer.child);

    const ifs = await start([
      join(ROOT, 'bin/ifs.mjs'),
      'serve',
      process.env.IFS_BENCH_FLOW ?? join(ROOT, 'examples/hello-world.flow.json'),
      '--port',
      '0',
      '--tenant',
      tenant,
      '--workers',
      String(workers),
      '--json',
    ]);
    children.push(ifs.child);
    const endpoint = `${ifs.url}/http/v1/test/hello`;
    const serve = await load(
      endpoint,
      await credentials(ifs.url, endpoint),
      connections,
      durationSec,
      ifs.child.pid,
    );
    return {
      bare,
      serve,
      ratio: Number((serve.requestsPerSecond / bare.requestsPerSecond).toFixed(3)),
      connections,
      durationSec,
      workers,
      handOff: await handOffCost(),
    };
  } finally {
    for (const c of children) await stop(c);
    rmSync(dir, { recursive: true, force: true });
  }
}

const invokedDirectly = /bench-serve\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  const r = await benchServe();
  const cpu = (x: LoadResult) =>
    x.cpuUs
      ? `\n${''.padEnd(35)}CPU per request: server ${x.cpuUs.server} µs (main thread ${x.cpuUs.mainThread} µs), load generator ${x.cpuUs.loadGenerator} µs`
      : '';
  const row = (name: string, x: LoadResult) =>
    `${name.padEnd(34)} ${String(x.requestsPerSecond).padStart(7)} req/s  p50 ${x.p50Ms} ms  p99 ${x.p99Ms} ms  (${x.requests} requests, ${x.non2xx} non-2xx, ${x.errors} errors)${cpu(x)}`;
  console.log(row('bare node:http hello', r.bare));
  console.log(row('ifs serve, Hello World with OAuth', r.serve));
  console.log(
    `worker hand-off and back: ${r.handOff.waking} µs CPU waking both threads, ${r.handOff.awake} µs with the worker kept awake`,
  );
  console.log(
    `ifs serve / bare: ${Math.round(r.ratio * 100)} % (target ≥ 50 %), ${r.connections} connections, ${r.durationSec} s each, ${r.workers} script workers; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`,
  );
}
