import { expect, test } from '@playwright/test';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { fetchToken, pageFetch, waitForServiceWorker } from './pages/pageFetch';
import {
  buildAndDeployHelloWorld,
  deployHelloWorldForClient,
  editScript,
  CLIENT_ID,
  CLIENT_USER,
  HELLO_ADDRESS,
  HELLO_BODY,
  SEND_ROLE,
  TenantPage,
} from './pages/TenantPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('a real fetch from the page reaches the deployed flow through the Service Worker', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tenant = new TenantPage(page);
  const { secret } = await deployHelloWorldForClient(page);
  await waitForServiceWorker(page);

  const token = await test.step('POST ./oauth/token with Basic client id and secret', async () => {
    const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64')}`;
    const res = await pageFetch(page, './oauth/token?grant_type=client_credentials', {
      method: 'POST',
      headers: { Authorization: basic },
    });
    expect(res.status).toBe(200);
    const json = JSON.parse(res.body) as { access_token: string; token_type: string };
    expect(json.token_type).toBe('bearer');
    const wrong = await pageFetch(page, './oauth/token?grant_type=client_credentials', {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:nope`).toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
    return json.access_token;
  });

  const url = `./http${HELLO_ADDRESS}`;
  const bearer = { Authorization: `Bearer ${token}` };

  const messageId = await test.step('Bearer + CSRF token: 200 Hello world from IFlow', async () => {
    const fetched = await pageFetch(page, url, {
      headers: { ...bearer, 'X-CSRF-Token': 'Fetch' },
    });
    expect(fetched.status).toBe(200);
    const csrf = fetched.headers['x-csrf-token'];
    expect(csrf).toBeTruthy();
    const res = await pageFetch(page, url, {
      method: 'POST',
      headers: { ...bearer, 'X-CSRF-Token': csrf!, 'Content-Type': 'text/plain' },
      body: 'hi',
    });
    expect([res.status, res.body]).toEqual([200, HELLO_BODY]);
    const id = res.headers['sap_messageprocessinglogid'];
    expect(id).toMatch(/^AG/);
    return id!;
  });

  await test.step('without a token → 401; POST without a CSRF token → 403', async () => {
    const anonymous = await pageFetch(page, url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBeTruthy();
    const noCsrf = await pageFetch(page, url, { method: 'POST', headers: bearer, body: 'hi' });
    expect(noCsrf.status).toBe(403);
  });

  await test.step('the call is in the Monitor under the id the response named', async () => {
    await tenant.open('Monitor');
    const row = tenant.messages.getByRole('row').filter({ hasText: messageId });
    await expect(row).toContainText('Hello World');
    await expect(row).toContainText('Completed');
  });

  await test.step('with MonitoringDataRead the client reads the log over the API', async () => {
    const api = `./api/v1/MessageProcessingLogs?$filter=${encodeURIComponent("Status eq 'COMPLETED'")}`;
    const denied = await pageFetch(page, api, { headers: bearer });
    expect(denied.status).toBe(403);
    expect(denied.body).toContain('MonitoringDataRead');
    await tenant.open('Security');
    await tenant.assignRole(CLIENT_USER, 'MonitoringDataRead');
    const res = await pageFetch(page, api, { headers: bearer });
    expect(res.status).toBe(200);
    const { d } = JSON.parse(res.body) as { d: { results: { MessageGuid: string }[] } };
    expect(d.results.map((r) => r.MessageGuid)).toContain(messageId);
    const one = await pageFetch(page, `./api/v1/MessageProcessingLogs('${messageId}')`, {
      headers: bearer,
    });
    expect(JSON.parse(one.body)).toMatchObject({
      d: { MessageGuid: messageId, Status: 'COMPLETED' },
    });
  });
});

test('a script the interpreter cannot interrupt is ended by the watchdog of a studio tab, not left hanging in the Service Worker', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const tenant = new TenantPage(page);
  const editor = new FlowEditorPage(page);
  await buildAndDeployHelloWorld(page);
  // One built-in call (a BigInteger power of 300,000 digits) that runs for seconds without ever
  // reaching QuickJS's interrupt handler: only a watchdog outside the interpreter ends it.
  await editor.messageFlow('Sender', 'Start').click();
  await editor.properties().getByRole('checkbox', { name: 'CSRF Protected' }).uncheck();
  await editScript(
    page,
    editor,
    'Script 1',
    'function processData(message) { message.setBody(String(new java.math.BigInteger("10").pow(300000)).length); return message; }',
  );
  await tenant.deploy();
  await tenant.open('Security');
  const secret = await tenant.registerClient();
  await tenant.assignRole(CLIENT_USER, SEND_ROLE);
  // A fresh page: no script has run in it yet, so its sandbox worker starts with this call.
  await page.reload();
  await waitForServiceWorker(page);
  const sandboxes: { closed: boolean }[] = [];
  page.on('worker', (w) => {
    if (!/sandbox/.test(w.url())) return;
    const entry = { closed: false };
    sandboxes.push(entry);
    w.on('close', () => (entry.closed = true));
  });

  const token = await fetchToken(page, CLIENT_ID, secret);
  const res = await pageFetch(page, `./http${HELLO_ADDRESS}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: 'hi',
  });
  expect(res.status).toBe(500);
  // The run went to this tab's sandbox worker, and its watchdog terminated it.
  expect(sandboxes.length).toBeGreaterThan(0);
  await expect.poll(() => sandboxes[0]?.closed).toBe(true);
  // The monitor has the failed message with the time-limit error.
  const messageId = res.headers['sap_messageprocessinglogid']!;
  await tenant.open('Monitor');
  const row = tenant.messages.getByRole('row').filter({ hasText: messageId });
  await expect(row).toContainText('Failed');
  await row.getByRole('link', { name: messageId }).click();
  await expect(page.getByText(/exceeded its time limit of 1000 ms/).first()).toBeVisible();
});
