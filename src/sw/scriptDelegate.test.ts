import { describe, expect, it, vi } from 'vitest';
import type { RunScriptOptions, RunScriptResult, ScriptRunner } from '../core/script/types';
import {
  createDelegatingRunner,
  isStudioPage,
  serveScriptRuns,
  type RunScriptRequest,
  type ScriptHostClient,
} from './scriptDelegate';

const options: RunScriptOptions = {
  source: 'function processData(m) { return m; }',
  message: { body: 'in', headers: {}, properties: {} },
  limits: { timeMs: 50 },
};

function resultWith(body: string): RunScriptResult {
  return {
    message: { body, headers: {}, properties: {} },
    logs: [],
    messageLog: { properties: {}, attachments: [] },
    durationMs: 1,
  };
}

/** A tab: an EventTarget the client's postMessage dispatches to, served by serveScriptRuns. */
function tab(runner: ScriptRunner): ScriptHostClient {
  const target = new EventTarget();
  serveScriptRuns(target, () => Promise.resolve(runner));
  return {
    postMessage(message: RunScriptRequest, transfer: Transferable[]) {
      target.dispatchEvent(
        new MessageEvent('message', { data: message, ports: transfer as MessagePort[] }),
      );
    },
  };
}

/** A tab whose app is not (yet) listening: it never answers. */
const silent: ScriptHostClient = { postMessage: () => undefined };

describe('Service Worker script runs handed to a studio tab', () => {
  it('runs the script in the tab (its watched sandbox), not in the worker', async () => {
    const local = vi.fn(() => Promise.resolve(resultWith('local')));
    const inTab = vi.fn((o: RunScriptOptions) =>
      Promise.resolve(resultWith(`tab:${o.source.length}`)),
    );
    const run = createDelegatingRunner({ clients: async () => [tab(inTab)], local });
    const r = await run(options);
    expect(r.message.body).toBe(`tab:${options.source.length}`);
    expect(inTab).toHaveBeenCalledWith(options);
    expect(local).not.toHaveBeenCalled();
  });

  it('asks the next tab when one does not accept, and runs locally when none does', async () => {
    const local = vi.fn(() => Promise.resolve(resultWith('local')));
    const second = createDelegatingRunner({
      clients: async () => [silent, tab(() => Promise.resolve(resultWith('second')))],
      local,
      acceptMs: 20,
    });
    expect((await second(options)).message.body).toBe('second');
    const none = createDelegatingRunner({ clients: async () => [silent], local, acceptMs: 20 });
    expect((await none(options)).message.body).toBe('local');
    const noTabs = createDelegatingRunner({ clients: async () => [], local });
    expect((await noTabs(options)).message.body).toBe('local');
    expect(local).toHaveBeenCalledTimes(2);
  });

  it('a tab that accepts and then goes away gives a SandboxError, not a hung request', async () => {
    const local = vi.fn(() => Promise.resolve(resultWith('local')));
    const run = createDelegatingRunner({
      clients: async () => [tab(() => new Promise<RunScriptResult>(() => undefined))],
      local,
      slackMs: 30,
    });
    const r = await run(options);
    expect(r.error?.type).toBe('SandboxError');
    expect(r.error?.message).toMatch(/stopped answering/);
    expect(r.message).toEqual(options.message);
    expect(local).not.toHaveBeenCalled();
  });

  it('a failure in the tab comes back as a SandboxError naming it', async () => {
    const run = createDelegatingRunner({
      clients: async () => [tab(() => Promise.reject(new Error('worker could not start')))],
      local: () => Promise.resolve(resultWith('local')),
    });
    const r = await run(options);
    expect(r.error).toMatchObject({ type: 'SandboxError', message: 'worker could not start' });
  });

  it('ignores messages that are not run requests', () => {
    const target = new EventTarget();
    const runner = vi.fn();
    serveScriptRuns(target, () => Promise.resolve(runner));
    target.dispatchEvent(new MessageEvent('message', { data: { type: 'claim' } }));
    target.dispatchEvent(new MessageEvent('message', { data: null }));
    expect(runner).not.toHaveBeenCalled();
  });
});

describe('isStudioPage', () => {
  const scope = 'http://127.0.0.1:4173/app/';
  it('is the app at the scope, with any hash or query', () => {
    expect(isStudioPage('http://127.0.0.1:4173/app/', scope)).toBe(true);
    expect(isStudioPage('http://127.0.0.1:4173/app/#/packages/p/flows/f', scope)).toBe(true);
    expect(isStudioPage('http://127.0.0.1:4173/app/index.html?x=1', scope)).toBe(true);
  });
  it('is not an endpoint opened in the address bar, another page or another origin', () => {
    expect(isStudioPage('http://127.0.0.1:4173/app/http/v1/test/hello', scope)).toBe(false);
    expect(isStudioPage('http://127.0.0.1:4173/app/bench/index.html', scope)).toBe(false);
    expect(isStudioPage('http://127.0.0.1:4174/app/', scope)).toBe(false);
    expect(isStudioPage('not a url', scope)).toBe(false);
  });
});
