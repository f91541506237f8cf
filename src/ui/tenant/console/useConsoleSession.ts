import { useCallback, useState } from 'react';
import type { TenantResponse } from '../../../core/tenant';
import { addConsoleHistory } from '../../../platform/tenant/consoleHistory';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { tenantStore } from '../../../store/tenantStore';
import {
  buildRequest,
  forHistory,
  tokenRequest,
  withHeader,
  type ConsoleForm,
} from './consoleModel';
import type { ConsoleResult } from './ResponseView';
import { parseTokenResponse, tokenKey, usableToken, type CachedToken } from './tokenCache';

/** The console's OAuth token, kept for the page's lifetime so leaving the view keeps it. */
let cachedToken: CachedToken | null = null;

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The console's actions against the in-page tenant (never the network): Send, token fetch with
 * caching until expiry, and the CSRF token fetch. Sent requests go to the history.
 */
export function useConsoleSession(form: ConsoleForm, setForm: (f: ConsoleForm) => void) {
  const [result, setResult] = useState<ConsoleResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState<CachedToken | null>(() => cachedToken);
  const [historyVersion, setHistoryVersion] = useState(0);

  /** The bearer token for OAuth: cached until it expires on the tenant's clock. */
  const bearer = useCallback(
    async (force: boolean): Promise<string | undefined> => {
      if (form.auth.type !== 'oauth') return undefined;
      const r = await tenantStore.getState().runtime();
      await r.sync();
      const key = tokenKey(form.auth.tokenUrl, form.auth.clientId, form.auth.clientSecret);
      const cached = force ? null : usableToken(cachedToken, key, r.now());
      if (cached) return cached;
      const started = performance.now();
      const res = await r.handle(tokenRequest(form.auth));
      const fresh = res.status === 200 ? parseTokenResponse(res.body, r.now(), key) : null;
      if (!fresh) {
        cachedToken = null;
        setToken(null);
        // The token endpoint's answer is what the user must see (e.g. 401 for a wrong secret).
        setResult({ response: res, durationMs: performance.now() - started });
        throw new Error(
          `The token request failed with ${statusLine(res.status)}; the request was not sent.`,
        );
      }
      cachedToken = fresh;
      setToken(fresh);
      return fresh.token;
    },
    [form.auth],
  );

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await job();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const show = (response: TenantResponse, durationMs: number) =>
    setResult({ response, durationMs });

  const send = () =>
    run(async () => {
      const started = performance.now();
      const req = buildRequest(form, await bearer(false));
      const response = await tenantStore.getState().handle(req);
      const durationMs = performance.now() - started;
      show(response, durationMs);
      const r = await tenantStore.getState().runtime();
      await addConsoleHistory(r.storage, {
        id: newId(),
        at: Date.now(),
        request: forHistory(form),
        status: response.status,
        durationMs,
        ...(response.messageId ? { messageId: response.messageId } : {}),
      });
      setHistoryVersion((v) => v + 1);
    });

  const newToken = () =>
    run(async () => {
      await bearer(true);
    });

  /** GET with X-CSRF-Token: Fetch under the same identity; the token goes into the headers. */
  const fetchCsrf = () =>
    run(async () => {
      const started = performance.now();
      const req = buildRequest({ ...form, method: 'GET' }, await bearer(false));
      req.headers = { ...req.headers, 'X-CSRF-Token': 'Fetch' };
      for (const k of Object.keys(req.headers))
        if (k.toLowerCase() === 'x-csrf-token' && k !== 'X-CSRF-Token') delete req.headers[k];
      const response = await tenantStore.getState().handle(req);
      show(response, performance.now() - started);
      const csrf = Object.entries(response.headers).find(
        ([k]) => k.toLowerCase() === 'x-csrf-token',
      )?.[1];
      if (!csrf || csrf.toLowerCase() === 'required')
        throw new Error(`No CSRF token in the answer (${statusLine(response.status)})`);
      setForm({ ...form, headers: withHeader(form.headers, 'X-CSRF-Token', csrf) });
    });

  return { result, error, busy, token, send, newToken, fetchCsrf, historyVersion };
}
