import { expect, type Page } from '@playwright/test';

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * A real fetch from the page (same origin, relative to the app's base), as a user's console or
 * script would do it with a URL the app shows.
 */
export function pageFetch(
  page: Page,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return page.evaluate(
    async ({ url, init }) => {
      const res = await fetch(url, init);
      return {
        status: res.status,
        body: await res.text(),
        headers: Object.fromEntries(res.headers.entries()),
      };
    },
    { url, init },
  );
}

/** Waits for the Service Worker to be active and to control this page (reloading once if not). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const ready = () =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
  if (!(await ready())) {
    await page.reload();
    expect(await ready()).toBe(true);
  }
}

/** A client-credentials token from ./oauth/token, with the client's id and secret as Basic auth. */
export async function fetchToken(page: Page, clientId: string, secret: string): Promise<string> {
  const basic = `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
  const res = await pageFetch(page, './oauth/token?grant_type=client_credentials', {
    method: 'POST',
    headers: { Authorization: basic },
  });
  expect(res.status, res.body).toBe(200);
  return (JSON.parse(res.body) as { access_token: string }).access_token;
}
