import { expect, test, type Locator, type Page } from '@playwright/test';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { typeCode } from './pages/monacoTyping';
import { ScriptEditorPage } from './pages/ScriptEditorPage';
import { appUrl, TenantPage } from './pages/TenantPage';

// The README's "Hello World walkthrough", step by step, as a new user does it: every field is
// typed with the keyboard, and each step checks what the README says the user sees.
test.use({ viewport: { width: 1440, height: 900 } });

const SCRIPT = `function processData(message) {
    var body = message.getBody();
    message.setBody("Hello world from IFlow");
    return message;
}`;

/** Clicks a field and types into it, key by key (clearing what it holds first). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

test('the first ten minutes: the README walkthrough from an empty app to 200 OK', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  const dialog = (name: string) => page.getByRole('dialog', { name });

  await test.step('1. Design → Create package: name, technical name (derived), description', async () => {
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Design' })).toBeVisible();
    await page.getByRole('button', { name: 'Create package' }).click();
    const dlg = dialog('Create package');
    await typeInto(page, dlg.getByLabel('Name', { exact: true }), 'Hello World Demo');
    await expect(dlg.getByLabel('Technical Name')).toHaveValue('HelloWorldDemo');
    await typeInto(page, dlg.getByLabel('Short Description'), 'My first REST service');
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello World Demo' })).toBeVisible();
  });

  await test.step('2. Add integration flow, open it: Sender, Start → End, Receiver', async () => {
    await page.getByRole('button', { name: 'Add integration flow' }).click();
    const dlg = dialog('Add integration flow');
    await typeInto(page, dlg.getByLabel('Name', { exact: true }), 'Hello World');
    await expect(dlg.getByLabel('ID', { exact: true })).toHaveValue('Hello_World');
    await dlg.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('link', { name: 'Hello World', exact: true }).click();
    await editor.expectOpen('Hello World');
    for (const name of ['Sender', 'Start', 'End', 'Receiver'])
      await expect(editor.node(name)).toBeVisible();
    await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
    await expect(tenant.deployment).toContainText('Not deployed');
  });

  await test.step('3. Sender → Start, HTTPS, Address /v1/test/hello', async () => {
    await editor.connect('Sender', 'Start');
    await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
    await expect(editor.adapterDialog).toBeHidden();
    const props = editor.properties();
    await typeInto(page, props.getByLabel('Address', { exact: true }), '/v1/test/hello');
    await expect(props.getByLabel('User Role', { exact: true })).toHaveValue('ESBMessaging.send');
    await expect(props.getByLabel('CSRF Protected')).toBeChecked();
  });

  await test.step('4. Script dropped on Start → End, its script typed; the preview says Hello', async () => {
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
    await editor.select('Script 1');
    await editor.properties().getByRole('button', { name: 'Edit script' }).click();
    const script = new ScriptEditorPage(page);
    await script.code.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await typeCode(page, SCRIPT);
    // Line by line as typed (Monaco's own indentation of the closing brace may vary).
    const lines = (text: string) => text.split('\n').map((l) => l.trim());
    await expect
      .poll(async () =>
        lines(
          await page.evaluate(
            () =>
              (window as { __ifsMonaco?: { getValue(): string } }).__ifsMonaco?.getValue() ?? '',
          ),
        ),
      )
      .toEqual(lines(SCRIPT));
    await expect(script.outputBody).toHaveText('Hello world from IFlow');
    await expect(script.previewError).toHaveCount(0);
    await script.button('Close').click();
    await expect(script.dialog).toBeHidden();
    await expect(editor.problems()).toContainText('No problems.');
  });

  const endpoint = appUrl(page, 'http/v1/test/hello');
  await test.step('5. Deploy: Started, the endpoint on the app origin, CPI runtime name on focus', async () => {
    await tenant.deployment.getByRole('button', { name: 'Deploy', exact: true }).click();
    await expect(tenant.deployment).toContainText('Started');
    const code = tenant.deployment.getByRole('code');
    await expect(code).toHaveText(endpoint);
    await code.focus();
    await expect(tenant.deployment.getByRole('tooltip')).toContainText(
      'CPI runtime: https://ifs-tenant.local/http/v1/test/hello',
    );
  });

  await test.step('6. Security → OAuth Clients → Register client apimconnectivity', async () => {
    await tenant.open('Security');
    await expect(page.getByRole('heading', { level: 2, name: 'OAuth Clients' })).toBeVisible();
    await page.getByRole('button', { name: 'Register client' }).click();
    const dlg = dialog('Register OAuth client');
    await typeInto(page, dlg.getByLabel('Name', { exact: true }), 'apimconnectivity');
    await expect(dlg.getByLabel('Client ID', { exact: true })).toHaveValue('apimconnectivity');
    await expect(dlg.getByLabel('Subscription')).toHaveValue('ifs-tenant-iflmap');
    await expect(dlg.getByLabel('Grant Type')).toHaveValue('client_credentials');
    await expect(dlg.getByLabel('Token Validity (s)')).toHaveValue('3600');
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'shown only once' })).toBeVisible();
    await expect(page.getByText(`Token endpoint:`)).toBeVisible();
    await expect(
      page.getByRole('code').filter({ hasText: appUrl(page, 'oauth/token') }),
    ).toBeVisible();
  });

  await test.step('7. Security → Role Assignments: ESBMessaging.send to oauth_client_apimconnectivity', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Role Assignments' })).toBeVisible();
    await page.getByRole('button', { name: 'Assign role' }).click();
    const dlg = dialog('Assign role');
    await typeInto(page, dlg.getByLabel('Role', { exact: true }), 'ESBMessaging.send');
    await typeInto(page, dlg.getByLabel('User', { exact: true }), 'oauth_client_apimconnectivity');
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(dlg).toBeHidden();
    await expect(
      tenant.roleRow('oauth_client_apimconnectivity', 'ESBMessaging.send'),
    ).toBeVisible();
  });

  await test.step('8. Test in console → Send: 200 OK, Hello world from IFlow, in one Send', async () => {
    await tenant.open('Design');
    await page.getByRole('link', { name: 'Hello World Demo' }).click();
    await page.getByRole('link', { name: 'Hello World', exact: true }).click();
    await editor.expectOpen('Hello World');
    await tenant.deployment.getByRole('link', { name: 'Test in console' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Test Console' })).toBeVisible();
    await expect(tenant.field('Method')).toHaveValue('POST');
    await expect(tenant.field('URL')).toHaveValue(endpoint);
    await expect(tenant.field('Authorization')).toHaveValue('oauth');
    await expect(tenant.field('Client ID')).toHaveValue('apimconnectivity');
    await expect(tenant.field('Client Secret')).not.toHaveValue('');
    await expect(tenant.request).toContainText('This endpoint is CSRF protected');

    await tenant.request.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(tenant.responseStatus).toHaveText('200 OK');
    await expect(tenant.responseBody).toHaveText('Hello world from IFlow');
    const exchanges = tenant.response
      .getByRole('list', { name: 'Exchanges' })
      .getByRole('listitem');
    await expect(exchanges).toHaveCount(3);
    await expect(exchanges.nth(0)).toContainText('OAuth access token POST /oauth/token');
    await expect(exchanges.nth(0)).toContainText('200 OK');
    await expect(exchanges.nth(1)).toContainText('CSRF token fetch GET /http/v1/test/hello');
    await expect(exchanges.nth(1)).toContainText('token received');
    await expect(exchanges.nth(2)).toContainText('POST request POST /http/v1/test/hello');
    await expect(exchanges.nth(2)).toContainText('200 OK');
    // Both calls to the endpoint are in the history, each with its own status.
    await expect(tenant.history).toHaveCount(2);
    await expect(tenant.history.nth(0)).toContainText('POST');
    await expect(tenant.history.nth(1)).toContainText('CSRF token fetch');
  });

  await test.step('9. Monitor → Message Processing: the POST, Completed, 200', async () => {
    await tenant.open('Monitor');
    const row = tenant.messages.getByRole('row').filter({ hasText: 'POST /http/v1/test/hello' });
    await expect(row).toContainText('Hello World');
    await expect(row).toContainText('Completed');
    await expect(row).toContainText('200');
    await expect(row).toContainText('oauth_client_apimconnectivity');
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected Calls' })).toBeVisible();
    await expect(page.getByText('No rejected call.')).toBeVisible();
  });
});
