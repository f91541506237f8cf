import { utimesSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { requestToMessage, runFlow } from '../../core/engine';
import type { Flow } from '../../core/model/flow';
import {
  createEngineExecutor,
  createMemoryStorage,
  createTenant,
  type Tenant,
} from '../../core/tenant';
import { requestBody } from '../../core/tenant/body';
import { validateFlow } from '../../core/validation';
import { seedTenant, type TenantFile } from './tenantFile';
import { createWorkerPool, type WorkerPool } from './workerPool';

/** Largest request body read at all; each endpoint's own limit (413) applies below this. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** What happens to each request, for a request log (`ifs serve --log`) and for tests. */
export type ServeEvent =
  | { type: 'received'; seq: number; method: string; path: string }
  | {
      type: 'answered';
      seq: number;
      method: string;
      path: string;
      status: number;
      ms: number;
      /** The message processing log id, when a flow ran. */
      messageId?: string;
    };

export interface ServeOptions {
  flows: Flow[];
  /** The file each flow came from, to name it when it cannot be deployed. */
  sources?: string[];
  tenantFile?: TenantFile;
  port: number;
  workers: number;
  host?: string;
  /** Largest request body read at all (default MAX_READ_BYTES). */
  maxReadBytes?: number;
  /**
   * Called when a request arrives (it counts as in flight from then on, SIGTERM waits for it)
   * and when it is answered.
   */
  onEvent?: (event: ServeEvent) => void;
}

export interface RunningServer {
  server: Server;
  tenant: Tenant;
  pool: WorkerPool;
  port: number;
  /** Stops taking connections, finishes messages in flight, then stops the workers. */
  shutdown(): Promise<void>;
}

/**
 * The request body's bytes, or null when it is larger than `limit` (a declared Content-Length
 * over it is refused before reading anything): the rest is then read and dropped, not kept.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      req.off('data', collect);
      chunks.length = 0;
      req.resume();
      resolve(null);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * Marks the compiled build this server runs from as in use every few minutes: bin/compiledCli.mjs
 * removes builds unused for an hour, and a replaced script worker starts from this directory.
 * Returns the function that stops it. Nothing to do when running from the TypeScript sources.
 */
function keepBuildInUse(): () => void {
  if (import.meta.url.endsWith('.ts')) return () => {};
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const timer = setInterval(
    () => {
      const now = new Date();
      try {
        utimesSync(dir, now, now);
      } catch {
        // A read-only install is never pruned.
      }
    },
    5 * 60 * 1000,
  );
  timer.unref();
  return () => clearInterval(timer);
}

/** Deploys the flows on a tenant and serves it on 127.0.0.1 with node:http. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const pool = createWorkerPool(options.workers);
  const storage = createMemoryStorage();
  const tenant = createTenant({
    storage,
    execute: createEngineExecutor(runFlow, requestToMessage, pool.runScript),
    validate: validateFlow,
    host: `${host}:${options.port}`,
    tenantName: 'ifs-tenant',
  });
  if (options.tenantFile)
    await seedTenant(storage, options.tenantFile, tenant.tenantName, Date.now());
  for (const [i, flow] of options.flows.entries()) {
    const result = await tenant.deploy(flow);
    if (!result.ok) {
      await pool.close();
      // The first problem names the cause; `ifs validate` lists them all.
      const first = result.reason === 'validation' ? result.problems[0]?.message : undefined;
      throw new Error(
        `${options.sources?.[i] ? `${options.sources[i]}: flow "${flow.name}"` : flow.name} cannot be deployed: ${result.message}${first ? ` (first: ${first}; "ifs validate" lists them all)` : ''}`,
      );
    }
  }

  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;
  let seq = 0;
  const onEvent = options.onEvent;
  const maxRead = options.maxReadBytes ?? MAX_READ_BYTES;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight++;
    const event = onEvent && {
      seq: ++seq,
      method: req.method ?? 'GET',
      // The path only: a query may carry what a log should not keep.
      path: (req.url ?? '/').split('?')[0]!,
      t0: performance.now(),
    };
    if (event)
      onEvent({ type: 'received', seq: event.seq, method: event.method, path: event.path });
    let messageId: string | undefined;
    try {
      if (closing) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
        res.end('503 Service Unavailable: the server is shutting down.');
        return;
      }
      const body = await readBody(req, maxRead);
      if (body === null) {
        // The connection stays open while the rest of the body is read and dropped: closing it
        // under a client that is still sending would reset it, and the 413 could be lost.
        res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`413 Payload Too Large: the request body exceeds ${maxRead} bytes.`);
        return;
      }
      const headers = headersOf(req);
      const out = await tenant.handle({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers,
        // Text for a text Content-Type, the bytes unchanged for any other (a ZIP, an image).
        body: requestBody(body, headers['content-type']),
      });
      messageId = out.messageId;
      const answer: Record<string, string | number> = out.headers;
      if (closing) answer.Connection = 'close';
      // A known length lets node send head and body in one write instead of chunks; a binary
      // body is written as its bytes, unchanged.
      if (req.method !== 'HEAD' && out.status >= 200 && out.status !== 204 && out.status !== 304)
        answer['Content-Length'] =
          typeof out.body === 'string' ? Buffer.byteLength(out.body) : out.body.length;
      res.writeHead(out.status, answer);
      res.end(out.body);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 Internal Server Error: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (event)
        onEvent({
          type: 'answered',
          seq: event.seq,
          method: event.method,
          path: event.path,
          status: res.statusCode,
          ms: performance.now() - event.t0,
          ...(messageId ? { messageId } : {}),
        });
      inFlight--;
      if (inFlight === 0 && drained) drained();
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (e: unknown) => {
    await pool.close();
    throw e;
  });
  const stopKeeping = keepBuildInUse();
  // Deployed schedules fire while the server listens.
  await tenant.startSchedules();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    server,
    tenant,
    pool,
    port,
    async shutdown() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await tenant.stopSchedules();
      server.closeAllConnections();
      await closed;
      await pool.close();
      stopKeeping();
    },
  };
}
