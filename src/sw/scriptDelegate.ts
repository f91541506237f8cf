// The Service Worker cannot start a worker of its own, so a script it runs in QuickJS directly
// has no watchdog outside the interpreter. Instead it hands each run to an open studio tab, whose
// sandbox worker has one (src/sandbox/createSandbox.ts): the tab accepts at once, runs the script
// and answers on a MessageChannel. Only when no tab accepts does the worker run it itself.
import { resolveLimits } from '../core/script/limits';
import type { RunScriptOptions, RunScriptResult, ScriptRunner } from '../core/script/types';

export const RUN_SCRIPT_REQUEST = 'ifs-sw-run-script';

/** What the Service Worker posts to a tab (the answer comes on the transferred port). */
export interface RunScriptRequest {
  type: typeof RUN_SCRIPT_REQUEST;
  options: RunScriptOptions;
}

/** What a tab answers on the port: first `accepted`, then `result`. */
export type RunScriptReply =
  | { type: 'accepted' }
  | { type: 'result'; result: RunScriptResult }
  | { type: 'failed'; message: string };

/** A window client, as far as delegation needs it. */
export interface ScriptHostClient {
  postMessage(message: RunScriptRequest, transfer: Transferable[]): void;
}

export interface DelegateOptions {
  /** The open studio tabs, focused first. */
  clients: () => Promise<readonly ScriptHostClient[]>;
  /** Runs the script right here when no tab accepts. */
  local: ScriptRunner;
  /** How long a tab has to accept before the next one is asked (default 400 ms). */
  acceptMs?: number;
  /**
   * How long an accepted run may take before it is given up, beyond its own time limit: the
   * tab's sandbox may have to load QuickJS first, and its watchdog ends a hung run itself.
   */
  slackMs?: number;
}

const isReply = (d: unknown): d is RunScriptReply =>
  typeof d === 'object' && d !== null && typeof (d as { type?: unknown }).type === 'string';

function failure(options: RunScriptOptions, message: string): RunScriptResult {
  return {
    message: options.message,
    logs: [],
    messageLog: { properties: {}, attachments: [] },
    error: { type: 'SandboxError', message },
    durationMs: 0,
  };
}

/**
 * Ask one tab to run the script. Resolves with its result, with null when it did not accept in
 * time (the caller asks the next one), or with a SandboxError when it accepted and then went away.
 */
function askClient(
  client: ScriptHostClient,
  options: RunScriptOptions,
  acceptMs: number,
  resultMs: number,
): Promise<RunScriptResult | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const port = channel.port1;
    let accepted = false;
    const done = (r: RunScriptResult | null) => {
      clearTimeout(timer);
      port.close();
      resolve(r);
    };
    let timer = setTimeout(() => done(null), acceptMs);
    port.onmessage = (e: MessageEvent<unknown>) => {
      const d = e.data;
      if (!isReply(d)) return;
      if (d.type === 'accepted' && !accepted) {
        accepted = true;
        clearTimeout(timer);
        timer = setTimeout(
          () =>
            done(
              failure(
                options,
                'The studio tab running this script stopped answering (closed or reloaded); call the endpoint again',
              ),
            ),
          resultMs,
        );
      } else if (d.type === 'result') done(d.result);
      else if (d.type === 'failed') done(failure(options, d.message));
    };
    try {
      client.postMessage({ type: RUN_SCRIPT_REQUEST, options }, [channel.port2]);
    } catch {
      done(null);
    }
  });
}

/**
 * Whether a window is a studio page (the app at the Service Worker's scope, any hash or query),
 * the only kind that answers run requests. Others on the origin, such as an endpoint's URL opened
 * in the address bar (`<scope>http/…`), are not asked: each would cost the accept timeout.
 */
export function isStudioPage(url: string, scope: string): boolean {
  let page: URL;
  let root: URL;
  try {
    page = new URL(url);
    root = new URL(scope);
  } catch {
    return false;
  }
  if (page.origin !== root.origin) return false;
  return page.pathname === root.pathname || page.pathname === `${root.pathname}index.html`;
}

/** A ScriptRunner for the Service Worker that runs scripts in an open tab's watched sandbox. */
export function createDelegatingRunner(o: DelegateOptions): ScriptRunner {
  const acceptMs = o.acceptMs ?? 400;
  const slackMs = o.slackMs ?? 20_000;
  return async (options) => {
    const resultMs = resolveLimits(options.limits).timeMs + slackMs;
    let clients: readonly ScriptHostClient[];
    try {
      clients = await o.clients();
    } catch {
      clients = [];
    }
    for (const client of clients) {
      const r = await askClient(client, options, acceptMs, resultMs);
      if (r) return r;
    }
    return o.local(options);
  };
}

/**
 * The tab's side: answers the Service Worker's run requests with `run` (the page's sandbox,
 * which has the watchdog). Returns a function that stops answering.
 */
export function serveScriptRuns(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  run: () => Promise<ScriptRunner>,
): () => void {
  const onMessage = (event: Event) => {
    const e = event as MessageEvent<unknown>;
    const data = e.data as Partial<RunScriptRequest> | null;
    const port = e.ports?.[0];
    if (!port || data?.type !== RUN_SCRIPT_REQUEST || !data.options) return;
    const options = data.options;
    const reply = (r: RunScriptReply) => port.postMessage(r);
    reply({ type: 'accepted' });
    void run()
      .then((runner) => runner(options))
      .then(
        (result) => reply({ type: 'result', result }),
        (err: unknown) =>
          reply({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => port.close());
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}
