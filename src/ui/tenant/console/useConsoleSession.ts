import { useCallback, useRef, useState } from 'react';
import type { TenantRequest, TenantResponse } from '../../../core/tenant';
import { bodyText } from '../../../core/expression/bodyText';
import { addConsoleHistory } from '../../../platform/tenant/consoleHistory';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { tenantStore } from '../../../store/tenantStore';
import { appBase } from '../appUrls';
import {
  buildRequest,
  csrfFetchRequest,
  csrfTokenOf,
  endpointFor,
  forHistory,
  needsCsrfFetch,
  tokenRequest,
  withCsrf,
  withHeader,
  type ConsoleForm,
} from './consoleModel';
import type { ConsoleResult, Exchange } from './ResponseView';
import { parseTokenResponse, tokenKey, usableToken, type CachedToken } from './tokenCache';

/** The console's OAuth token, kept for the page's lifetime so leaving the view keeps it. */
let cachedToken: CachedToken | null = null;
/** CSRF tokens fetched by Send, per identity (Authorization value) and address. */
const csrfTokens = new Map<string, string>();

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const CSRF_LABEL = 'CSRF token fetch';
const TOKEN_LABEL = 'OAuth access token';

/** Thrown when a preliminary exchange failed: its answer is shown, the request is not sent. */
class NotSent extends Error {}

/**
 * The console's actions against the in-page tenant (never the network): Send (with the OAuth
 * token and, for a CSRF-protected endpoint, the CSRF token fetched as part of it), the token
 * fetch with caching until expiry, and the separate CSRF token fetch. Every exchange with an
 * endpoint goes to the history with its own status.
 */
export function useConsoleSession(form: ConsoleForm, setForm: (f: ConsoleForm) => void) {
  const [result, setResult] = useState<ConsoleResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState<CachedToken | null>(() => cachedToken);
  const [historyVersion, setHistoryVersion] = useState(0);

  /** The bearer token for OAuth: cached until it expires on the tenant's clock. */
  const bearer = useCallback(
    async (force: boolean, exchanges: Exchange[]): Promise<string | undefined> => {
      if (form.auth.type !== 'oauth') return undefined;
      const r = await tenantStore.getState().runtime();
      await r.sync();
      const key = tokenKey(form.auth.tokenUrl, form.auth.clientId, form.auth.clientSecret);
      const cached = force ? null : usableToken(cachedToken, key, r.now());
      if (cached) return cached;
      const started = performance.now();
      const req = tokenRequest(form.auth, appBase());
      const res = await r.handle(req);
      exchanges.push(exchange(TOKEN_LABEL, req, res));
      const fresh =
        res.status === 200 ? parseTokenResponse(bodyText(res.body), r.now(), key) : null;
      if (!fresh) {
        cachedToken = null;
        setToken(null);
        // The token endpoint's answer is what the user must see (e.g. 401 for a wrong secret).
        setResult({
          response: res,
          durationMs: performance.now() - started,
          label: `${TOKEN_LABEL}: POST ${req.url}`,
          exchanges,
        });
        throw new NotSent(
          `The token request failed with ${statusLine(res.status)}; the request was not sent.`,
        );
      }
      cachedToken = fresh;
      setToken(fresh);
      return fresh.token;
    },
    [form.auth],
  );

  // One exchange at a time: the buttons stay focusable while busy (aria-disabled), so a second
  // press during a send is ignored here.
  const running = useRef(false);
  const run = async (job: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError('');
    try {
      await job();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const remember = async (
    sent: ConsoleForm,
    response: TenantResponse,
    durationMs: number,
    label?: string,
  ) => {
    const r = await tenantStore.getState().runtime();
    await addConsoleHistory(r.storage, {
      id: newId(),
      at: Date.now(),
      request: forHistory(sent),
      status: response.status,
      durationMs,
      ...(label ? { label } : {}),
      ...(response.messageId ? { messageId: response.messageId } : {}),
    });
    setHistoryVersion((v) => v + 1);
  };

  /** One exchange with an endpoint, timed and written to the history. */
  const exchangeWith = async (req: TenantRequest, sent: ConsoleForm, label?: string) => {
    const started = performance.now();
    const response = await tenantStore.getState().handle(req);
    const durationMs = performance.now() - started;
    await remember(sent, response, durationMs, label);
    return { response, durationMs };
  };

  /** GET with X-CSRF-Token: Fetch; the token, or NotSent with the GET's answer shown. */
  const fetchCsrfFor = async (req: TenantRequest, exchanges: Exchange[], key: string) => {
    const get = csrfFetchRequest(req);
    const { response, durationMs } = await exchangeWith(
      get,
      { ...form, method: 'GET' },
      CSRF_LABEL,
    );
    const csrf = csrfTokenOf(response.headers);
    exchanges.push(exchange(CSRF_LABEL, get, response, csrf ? 'token received' : 'no token'));
    if (!csrf) {
      setResult({ response, durationMs, label: `${CSRF_LABEL}: GET ${get.url}`, exchanges });
      throw new NotSent(
        `The CSRF token fetch answered ${statusLine(response.status)} without a token; the ${req.method} was not sent.`,
      );
    }
    csrfTokens.set(key, csrf);
    return csrf;
  };

  const send = () =>
    run(async () => {
      const exchanges: Exchange[] = [];
      let req = buildRequest(form, await bearer(false, exchanges), appBase());
      const endpoint = endpointFor(req.url, tenantStore.getState().deployments);
      const csrfKey = JSON.stringify([req.headers.Authorization ?? '', endpoint?.address ?? '']);
      const auto = needsCsrfFetch(form, endpoint);
      let reused = false;
      if (auto) {
        const known = csrfTokens.get(csrfKey);
        reused = known !== undefined;
        req = withCsrf(req, known ?? (await fetchCsrfFor(req, exchanges, csrfKey)));
      }
      let { response, durationMs } = await exchangeWith(req, form);
      exchanges.push(exchange(`${req.method} request`, req, response));
      // A remembered CSRF token may have expired: fetch a new one once and send again.
      if (auto && reused && response.status === 403 && !csrfTokenOf(response.headers)) {
        csrfTokens.delete(csrfKey);
        req = withCsrf(req, await fetchCsrfFor(req, exchanges, csrfKey));
        ({ response, durationMs } = await exchangeWith(req, form));
        exchanges.push(exchange(`${req.method} request`, req, response));
      }
      setResult({ response, durationMs, label: `${req.method} ${req.url}`, exchanges });
    });

  const newToken = () =>
    run(async () => {
      await bearer(true, []);
    });

  /** The separate CSRF fetch: a GET under the same identity; the token goes into the headers. */
  const fetchCsrf = () =>
    run(async () => {
      const exchanges: Exchange[] = [];
      const base = buildRequest(
        { ...form, method: 'GET' },
        await bearer(false, exchanges),
        appBase(),
      );
      const get = csrfFetchRequest(base);
      const { response, durationMs } = await exchangeWith(
        get,
        { ...form, method: 'GET' },
        CSRF_LABEL,
      );
      const csrf = csrfTokenOf(response.headers);
      exchanges.push(exchange(CSRF_LABEL, get, response, csrf ? 'token received' : 'no token'));
      setResult({ response, durationMs, label: `${CSRF_LABEL}: GET ${get.url}`, exchanges });
      if (!csrf) throw new Error(`No CSRF token in the answer (${statusLine(response.status)})`);
      setForm({ ...form, headers: withHeader(form.headers, 'X-CSRF-Token', csrf) });
    });

  return { result, error, busy, token, send, newToken, fetchCsrf, historyVersion };
}

function exchange(label: string, req: TenantRequest, res: TenantResponse, note?: string): Exchange {
  return {
    label,
    method: req.method,
    url: req.url,
    status: res.status,
    ...(note ? { note } : {}),
    ...(res.messageId ? { messageId: res.messageId } : {}),
  };
}
