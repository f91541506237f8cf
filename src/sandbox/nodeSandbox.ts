import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker as ThreadWorker } from 'node:worker_threads';
import type { ScriptRunner } from '../core/script/types';
import { createSandbox, type Sandbox } from './createSandbox';

/**
 * The script sandbox in Node: QuickJS in a worker thread, behind the same client and watchdog as
 * the browser's Web Worker (createSandbox). A run that does not answer within its time limit plus
 * the grace is ended by terminating the thread, whatever the script is doing (also one long C loop
 * inside a built-in), reported as a TimeoutError, and a new thread serves the next run.
 *
 * Node only (node:worker_threads); the browser bundle never imports this file.
 */
export interface NodeSandboxOptions {
  /** The worker's script: default node.worker.ts beside this file (run with tsx) or the compiled node.worker.mjs. */
  workerUrl?: URL;
  /**
   * Native stack of the thread. QuickJS's own stack limit (128 KB of its C stack) must fire before
   * the host's stack overflows inside the WebAssembly module; 8 MB leaves room for that.
   */
  stackSizeMb?: number;
}

/** A Web-Worker-shaped face on a worker thread, as createSandbox expects. */
class ThreadAsWebWorker {
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private readonly thread: ThreadWorker;
  private ended = false;

  constructor(url: URL, options: NodeSandboxOptions) {
    const resourceLimits = { stackSizeMb: options.stackSizeMb ?? 8 };
    // From sources (tests, tsx): register tsx's loader in the thread, then load the TypeScript.
    // tsx is imported by its resolved URL: an eval'd module resolves packages from the current
    // directory, which may be anywhere (`ifs run` called from another project).
    this.thread = url.pathname.endsWith('.ts')
      ? new ThreadWorker(
          `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, resourceLimits },
        )
      : new ThreadWorker(url, { resourceLimits });
    this.thread.on('message', (data: unknown) => {
      this.onmessage?.({ data } as MessageEvent<unknown>);
    });
    this.thread.on('error', (error: Error) => this.fail(error.message));
    this.thread.on('exit', (code) => {
      if (!this.ended) this.fail(`The sandbox worker stopped (exit code ${code})`);
    });
    // The thread never keeps the process alive on its own.
    this.thread.unref();
  }

  private fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }

  postMessage(data: unknown): void {
    this.thread.postMessage(data);
  }

  terminate(): void {
    this.ended = true;
    void this.thread.terminate();
  }
}

/** tsx's ESM API entry (its package exports' import condition), as a file URL. */
function tsxApiUrl(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      exports?: Record<string, { import?: { default?: string } }>;
    };
    const entry = pkg.exports?.['./esm/api']?.import?.default;
    if (entry) return pathToFileURL(join(dirname(manifest), entry)).href;
  } catch {
    // Resolve it from the thread as before.
  }
  return 'tsx/esm/api';
}

/** node.worker.ts beside this module (sources), else the compiled node.worker.mjs (bin/compiledCli.mjs). */
function defaultWorkerUrl(): URL {
  const ts = new URL('./node.worker.ts', import.meta.url);
  return existsSync(fileURLToPath(ts)) ? ts : new URL('./node.worker.mjs', import.meta.url);
}

export function createNodeSandbox(options: NodeSandboxOptions = {}): Sandbox {
  const url = options.workerUrl ?? defaultWorkerUrl();
  return createSandbox(() => new ThreadAsWebWorker(url, options) as unknown as Worker);
}

/** A ScriptRunner (for the engine and the tenant) that runs every script in a Node sandbox. */
export function nodeScriptRunner(sandbox: Sandbox = createNodeSandbox()): ScriptRunner {
  return (options) => sandbox.run(options);
}
