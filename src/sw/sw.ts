// The tenant's Service Worker: answers same-origin fetches of <base>http/…, <base>oauth/token and
// <base>api/v1/MessageProcessingLogs
// from the simulated tenant, over the same IndexedDB as the app's tabs.
import { newVariant, type QuickJSSyncVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { configureScriptEngine, runScript } from '../core/script';
import { createIdbTenantStorage } from '../platform/tenant/idbTenantStorage';
import { createTenantChannel } from '../platform/tenant/tenantChannel';
import { createTenantRuntime } from '../platform/tenant/tenantRuntime';
import { createDelegatingRunner, isStudioPage, type ScriptHostClient } from './scriptDelegate';
import { tenantPath, toResponse, toTenantRequest } from './swRequest';
import { SW_WASM_FILE } from './swFiles';

// The DOM lib has no Service Worker types; these are the few members used here.
interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwScope {
  registration: { scope: string };
  location: Location;
  clients: {
    claim(): Promise<void>;
    matchAll(o: {
      type: 'window';
    }): Promise<(ScriptHostClient & { focused?: boolean; url: string })[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: Event) => void): void;
}
const sw = self as unknown as SwScope;

// Scripts run in an open studio tab's sandbox worker, which has a watchdog (scriptDelegate.ts);
// QuickJS runs right here only when no tab accepts (a Service Worker cannot start a worker).
// locateFile too: without it the module computes a default URL from `document`, absent here.
const wasmUrl = new URL(SW_WASM_FILE, sw.location.href).href;
configureScriptEngine({
  variant: async () =>
    newVariant(variant as QuickJSSyncVariant, {
      locateFile: () => wasmUrl,
      wasmBinary: () => fetch(wasmUrl).then((r) => r.arrayBuffer()),
    }),
});

const runtime = createTenantRuntime({
  storage: createIdbTenantStorage(),
  channel: createTenantChannel(),
  runScript: createDelegatingRunner({
    // Studio tabs only, focused first: the one the user is calling from is the likeliest to be
    // ready.
    clients: async () =>
      (await sw.clients.matchAll({ type: 'window' }))
        .filter((c) => isStudioPage(c.url, sw.registration.scope))
        .sort((a, b) => Number(Boolean(b.focused)) - Number(Boolean(a.focused))),
    local: runScript,
  }),
});

sw.addEventListener('install', (e) => (e as ExtendableEventLike).waitUntil(sw.skipWaiting()));
sw.addEventListener('activate', (e) => (e as ExtendableEventLike).waitUntil(sw.clients.claim()));
// A page loaded without the worker (first visit before activation, or a hard reload) asks to be
// taken over, so a fetch of the URLs it shows reaches the tenant without a reload.
sw.addEventListener('message', (e) => {
  const data = (e as MessageEvent<unknown>).data as { type?: string } | null;
  if (data?.type === 'claim') void sw.clients.claim();
});

sw.addEventListener('fetch', (event) => {
  const e = event as FetchEventLike;
  const path = tenantPath(new URL(e.request.url), new URL(sw.registration.scope));
  if (path === null) return;
  e.respondWith(
    (async () => {
      try {
        const res = await runtime.handle(await toTenantRequest(e.request, path));
        return toResponse(res, e.request.method);
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        return new Response(`500 Internal Server Error: ${text}`, { status: 500 });
      }
    })(),
  );
});
