import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import {
  appUrl,
  buildAndDeployHelloWorld,
  CLIENT_ID,
  CLIENT_USER,
  HELLO_BODY,
  SEND_ROLE,
  TenantPage,
} from './pages/TenantPage';

// A laptop-sized window: the new flow and the console fit without scrolling tricks.
test.use({ viewport: { width: 1440, height: 900 } });

test('the walkthrough end to end, then each failure with its own status', async ({ page }) => {
  test.setTimeout(180_000);
  const tenant = new TenantPage(page);

  const { endpoint } = await test.step('Design: build Hello World, Deploy → Started', () =>
    buildAndDeployHelloWorld(page));

  const secret =
    await test.step('Security: register apimconnectivity, assign the role', async () => {
      await tenant.open('Security');
      const shown = await tenant.registerClient();
      await expect(page.getByRole('alert').filter({ hasText: 'shown only once' })).toBeVisible();
      await tenant.assignRole(CLIENT_USER, SEND_ROLE);
      return shown;
    });

  await test.step('Manage Integration Content lists the flow, Started, with its endpoint', async () => {
    await tenant.open('Manage Integration Content');
    const row = page.getByRole('row').filter({ hasText: 'Hello World' });
    await expect(row).toContainText('Started');
    await expect(row).toContainText(endpoint);
    await row.getByRole('link', { name: 'Test', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Test Console' })).toBeVisible();
  });

  await test.step('Test Console: OAuth client credentials + CSRF token → 200 Hello world', async () => {
    await expect(tenant.field('URL')).toHaveValue(endpoint);
    await expect(tenant.field('Method')).toHaveValue('POST');
    await tenant.useOAuth(CLIENT_ID, secret);
    await tenant.fetchCsrf();
    expect(await tenant.send('200 OK')).toBe(HELLO_BODY);
    await expect(tenant.responseBody).toHaveText(HELLO_BODY);
  });

  await test.step('Monitor: a Completed entry for the flow', async () => {
    await tenant.open('Monitor');
    const row = tenant.messages.getByRole('row').filter({ hasText: 'Hello World' }).first();
    await expect(row).toContainText('Completed');
    await expect(row).toContainText('200');
  });

  await test.step('no token → 401', async () => {
    await tenant.open('Test Console');
    await tenant.authorization('No Auth');
    await tenant.send('401 Unauthorized');
  });

  await test.step('wrong secret → 401 from the token endpoint, and the request is not sent', async () => {
    await tenant.useOAuth(CLIENT_ID, `${secret}-wrong`);
    await tenant.send('401 Unauthorized');
    await expect(tenant.response.getByRole('alert')).toContainText('token request failed');
  });

  await test.step('missing CSRF token on a POST → 403', async () => {
    await tenant.field('Client Secret').fill(secret);
    await tenant.sendHeader(1, false);
    const autoCsrf = tenant.request.getByRole('checkbox', { name: /Fetch a CSRF token first/ });
    await autoCsrf.uncheck();
    const body = await tenant.send('403 Forbidden');
    expect(body).toContain('CSRF');
    await tenant.sendHeader(1, true);
    await tenant.send('200 OK');
    await autoCsrf.check();
  });

  await test.step('expired token: a Bearer call 61 minutes later → 401', async () => {
    // Walkthrough step 12: POST to the token endpoint with Basic client id and secret.
    const url = await tenant.field('URL').inputValue();
    await tenant
      .field('URL')
      .fill(`${await tenant.field('Token URL').inputValue()}?grant_type=client_credentials`);
    await tenant.authorization('Basic Auth');
    await tenant.field('Username').fill(CLIENT_ID);
    await tenant.field('Password').fill(secret);
    const json = JSON.parse(await tenant.send('200 OK')) as {
      access_token: string;
      token_type: string;
      expires_in: number;
    };
    expect(json).toMatchObject({ token_type: 'bearer', expires_in: 3600 });

    await tenant.field('URL').fill(url);
    await tenant.authorization('Bearer Token');
    await tenant.field('Token').fill(json.access_token);
    await tenant.send('200 OK');

    await tenant.open('Monitor');
    await tenant.advanceClock(61);
    await tenant.open('Test Console');
    await expect(tenant.field('Token')).toHaveValue(json.access_token);
    const body = await tenant.send('401 Unauthorized');
    expect(body.toLowerCase()).toContain('expired');

    await tenant.open('Monitor');
    await page.getByRole('button', { name: 'Back to real time' }).click();
  });

  await test.step('missing role → 403', async () => {
    await tenant.open('Security');
    await tenant.unassignRole(CLIENT_USER, SEND_ROLE);
    await tenant.open('Test Console');
    await tenant.useOAuth(CLIENT_ID, secret);
    const body = await tenant.send('403 Forbidden');
    expect(body).toContain(SEND_ROLE);
    await tenant.open('Security');
    await tenant.assignRole(CLIENT_USER, SEND_ROLE);
  });

  await test.step('undeployed flow → 404', async () => {
    await tenant.open('Manage Integration Content');
    await tenant.undeployFromList('Hello World');
    await expect(page.getByText('Nothing is deployed.')).toBeVisible();
    await tenant.open('Test Console');
    await tenant.send('404 Not Found');
  });
});

test('an empty address refuses deployment with one problem; edits show "Modified since deployment"', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Deploy Checks' });
  await design.addFlow('Empty Address');
  await design.openFlow('Empty Address');
  await editor.expectOpen('Empty Address');
  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();

  await test.step('Deploy is refused, the one problem counted once', async () => {
    await tenant.deployment.getByRole('button', { name: 'Deploy', exact: true }).click();
    const dlg = tenant.dialog('Deployment refused');
    await expect(dlg.getByRole('alert')).toHaveText(
      'Deployment of "Empty Address" refused: 1 validation error',
    );
    await expect(dlg.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveCount(1);
    await expect(dlg).toContainText('Address is required');
    await dlg.getByRole('button', { name: 'Close' }).filter({ hasText: 'Close' }).click();
    await expect(tenant.deployment).toContainText('Not deployed');
  });

  await test.step('with an address it deploys; a later edit is flagged until redeployed', async () => {
    const address = editor.properties().getByLabel('Address', { exact: true });
    await editor.messageFlow('Sender', 'Start').click();
    await address.fill('/v1/checks');
    await tenant.deploy();
    await expect(tenant.deployment).not.toContainText('Modified since deployment');
    await address.fill('/v1/checks2');
    await expect(tenant.deployment).toContainText('Modified since deployment');
    await tenant.deploy();
    await expect(tenant.deployment).not.toContainText('Modified since deployment');
    await expect(tenant.deployment.getByRole('code')).toHaveText(appUrl(page, 'http/v1/checks2'));
  });
});
