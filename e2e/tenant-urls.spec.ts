import { expect, test, type Page } from '@playwright/test';
import {
  appUrl,
  deployHelloWorldForClient,
  CLIENT_ID,
  HELLO_BODY,
  TenantPage,
} from './pages/TenantPage';
import { pageFetch } from './pages/pageFetch';

test.use({
  viewport: { width: 1440, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** Clicks a copy button and returns what landed on the clipboard. */
async function copied(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).first().click();
  return page.evaluate(() => navigator.clipboard.readText());
}

const REACHABLE = 'Reachable from this browser';

test('the URLs the app shows are on its own origin and work in fetch from the page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tenant = new TenantPage(page);
  const { secret } = await deployHelloWorldForClient(page);
  await expect(page.getByRole('status').filter({ hasText: REACHABLE })).toBeVisible();
  const tokenUrl = await copied(page, 'Copy token endpoint');
  expect(tokenUrl).toBe(appUrl(page, 'oauth/token'));
  await expect(page.getByText('CPI runtime: https://ifs-tenant.local/oauth/token')).toBeVisible();

  const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64')}`;
  const token = await pageFetch(page, `${tokenUrl}?grant_type=client_credentials`, {
    method: 'POST',
    headers: { Authorization: basic },
  });
  expect(token.status).toBe(200);
  const bearer = `Bearer ${(JSON.parse(token.body) as { access_token: string }).access_token}`;

  await tenant.open('Manage Integration Content');
  const row = page.getByRole('row').filter({ hasText: 'Hello World' });
  await expect(row).toContainText('CPI runtime: https://ifs-tenant.local/http/v1/test/hello');
  const endpoint = await copied(page, 'Copy endpoint');
  expect(endpoint).toBe(appUrl(page, 'http/v1/test/hello'));
  const csrf = await pageFetch(page, endpoint, {
    headers: { Authorization: bearer, 'X-CSRF-Token': 'Fetch' },
  });
  expect(csrf.status).toBe(200);
  const answer = await pageFetch(page, endpoint, {
    method: 'POST',
    headers: { Authorization: bearer, 'X-CSRF-Token': csrf.headers['x-csrf-token']! },
    body: 'hi',
  });
  expect([answer.status, answer.body]).toEqual([200, HELLO_BODY]);
});

test('before the Service Worker controls the page: the app says so, the server says why', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // Outside the browser (curl, Postman, a page the worker does not control) the server answers
  // the tenant's URLs with a 503 that explains where they work, never with the app's HTML.
  for (const path of ['http/v1/test/hello', 'oauth/token']) {
    const res = await request.post(path);
    expect(res.status()).toBe(503);
    expect(await res.text()).toContain("the app's Service Worker");
  }

  // First visit: the worker installs and takes over the page without a reload.
  await page.goto('./#/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  const note = page.getByRole('status').filter({ hasText: /Service Worker|Reachable/ });
  await expect(note).toContainText(REACHABLE);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const tokenUrl = appUrl(page, 'oauth/token');
  const anonymous = await pageFetch(page, tokenUrl, { method: 'POST' });
  expect(anonymous.status).toBe(401);
  expect(anonymous.body).toContain('invalid_client');

  // A hard reload bypasses the worker: the page asks it to take over again.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.reload', { ignoreCache: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(note).toContainText(REACHABLE);
  expect((await pageFetch(page, tokenUrl, { method: 'POST' })).status).toBe(401);
});
