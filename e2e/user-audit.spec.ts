import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';
import { SimulationPage } from './pages/SimulationPage';
import { TenantPage } from './pages/TenantPage';

// What a person with mouse and keyboard meets beyond the walkthrough: Escape, inline errors
// where one looks, bad files, and nothing lost.
test.use({ viewport: { width: 1440, height: 900 } });

test('Escape in the script code closes a suggestion first, then the editor, keeping the code', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.node('Script 1').dblclick();
  const script = new ScriptEditorPage(page);
  await script.expectReady();
  const typed = 'function processData(message) { message.getB';
  await script.replaceScript(typed);
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.monaco-editor .suggest-widget.visible');
  await expect(suggest).toContainText('getBody');
  await page.keyboard.press('Escape');
  await expect(suggest).toHaveCount(0);
  await expect(script.dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(script.dialog).toBeHidden();
  await expect(editor.node('Script 1')).toBeFocused();
  await page.keyboard.press('Enter');
  await script.expectReady();
  expect(await script.text()).toBe(typed);
});

test('a typed client secret of a few characters is refused beside the field; a long one is kept', async ({
  page,
}) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Security');
  await page.getByRole('button', { name: 'Register client' }).click();
  const dlg = tenant.dialog('Register OAuth client');
  await page.keyboard.type('shop');
  const secret = dlg.getByLabel('Client Secret', { exact: true });
  await secret.click();
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await expect(secret).toHaveAttribute('aria-invalid', 'true');
  await expect(secret).toHaveAccessibleDescription(
    /Secret must have at least 8 characters, or leave it empty to generate one/,
  );
  await expect(dlg).toBeVisible();
  await page.keyboard.type('7-secret');
  await expect(secret).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Enter');
  await expect(dlg).toBeHidden();
  await expect(page.getByTestId('client-secret')).toHaveText('x7-secret');
  // Done hides the secret; the keyboard focus goes to Register client, not to the page.
  await page.getByRole('button', { name: 'Done' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-secret')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Register client' })).toBeFocused();

  // Regenerate asks first: the old secret and its tokens stop working at once.
  const regenerate = page.getByRole('button', { name: 'Regenerate secret of shop' });
  await regenerate.focus();
  await page.keyboard.press('Enter');
  const confirm = tenant.dialog('Regenerate client secret');
  await expect(confirm).toContainText('stop working at once');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(regenerate).toBeFocused();
  await expect(page.getByTestId('client-secret')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await confirm.getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.getByTestId('client-secret')).not.toHaveText('x7-secret');
});

test('an address another flow takes is said beside the Address field and in Problems', async ({
  page,
}) => {
  const { design, editor } = await openNewFlow(page, { flow: 'Orders A' });
  const tenant = new TenantPage(page);
  await connectHttpsSender(editor, '/v1/orders');
  await tenant.deploy();
  await page.getByRole('link', { name: 'Back to package' }).click();
  await design.addFlow('Orders B');
  await design.openFlow('Orders B');
  await editor.expectOpen('Orders B');
  await editor.connect('Sender', 'Start');
  await page.keyboard.press('Enter'); // HTTPS
  const address = editor.properties().getByLabel('Address', { exact: true });
  await address.click();
  await page.keyboard.type('/');
  await expect(address).toHaveAccessibleDescription(
    /Address needs a path after "\/", such as \/v1\/orders/,
  );
  await page.keyboard.type('V1/Orders');
  const deployed =
    'Address "/V1/Orders" is already served by deployed flow "Orders A": undeploy it or choose another address';
  await expect(address).toHaveAccessibleDescription(new RegExp(deployed));
  await expect(editor.problems()).toContainText(`HTTPS adapter (Sender → Start): ${deployed}`);

  // Undeployed, Orders A still holds the address in the workspace: a warning.
  await page.getByRole('link', { name: 'Back to package' }).click();
  await design.openFlow('Orders A');
  await tenant.deployment.getByRole('button', { name: 'Undeploy' }).click();
  await tenant
    .dialog('Undeploy integration flow')
    .getByRole('button', { name: 'Undeploy' })
    .click();
  await expect(tenant.deployment).toContainText('Not deployed');
  await page.getByRole('link', { name: 'Back to package' }).click();
  await design.openFlow('Orders B');
  const warning = editor.problems().getByRole('button', { name: /is also used by flow/ });
  await expect(warning).toHaveText(
    'Warning:HTTPS adapter (Sender → Start): Address "/V1/Orders" is also used by flow "Orders A" in package "Demo": only one of them can be deployed',
  );
  await warning.click();
  await expect(address).toHaveAccessibleDescription(/is also used by flow "Orders A"/);
  // A different address: no more conflict.
  await address.click();
  await page.keyboard.type('/2');
  await expect(address).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.problems()).toContainText('No problems.');
});

test('in a run, a step opened from the steps run and "All steps" back keep the keyboard focus', async ({
  page,
}) => {
  const flow = JSON.parse(readFileSync('examples/hello-world.flow.json', 'utf8')) as {
    resources: { scripts: { content: string }[] };
  };
  flow.resources.scripts[0]!.content =
    'function processData(message) {\n  var x = null;\n  x.boom();\n  return message;\n}\n';
  const design = new DesignPage(page);
  await design.goto();
  await design.createPackage({ name: 'Runs' });
  await design.importFlow({ name: 'boom.flow.json', text: JSON.stringify(flow) });
  await design.openFlow('Hello World');
  const editor = new FlowEditorPage(page);
  await editor.expectOpen('Hello World');
  const sim = new SimulationPage(page);
  await sim.open();
  await sim.run(/^Failed /);
  await expect(sim.panel.getByRole('alert')).toContainText(
    "Script 1: TypeError: cannot read property 'boom' of null (line 3",
  );

  await sim.stepsRun.getByRole('button', { name: 'Script 1', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(sim.stepRun.getByRole('heading', { level: 3, name: 'Script 1' })).toBeFocused();
  await expect(editor.node('Script 1')).toHaveClass(/selected/);
  await page.keyboard.press('Tab');
  await expect(sim.stepRun.getByRole('button', { name: 'All steps' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sim.stepsRun.getByRole('button', { name: 'Script 1', exact: true })).toBeFocused();

  // The error's own button opens the script at the failing line.
  await sim.panel.getByRole('button', { name: 'Open script at line 3' }).click();
  const script = new ScriptEditorPage(page);
  await script.expectReady();
  await expect.poll(() => script.cursor()).toEqual({ line: 3, column: 1 });
});

test('Send in the Test Console keeps the keyboard focus while the call runs and after', async ({
  page,
}) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Test Console');
  await tenant.field('URL').click();
  await page.keyboard.type('http://127.0.0.1/http/v1/nothing');
  await page.keyboard.press('Tab');
  await expect(tenant.request.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tenant.responseStatus).toHaveText('404 Not Found');
  await expect(tenant.request.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tenant.history).toHaveCount(2);
  await expect(tenant.request.getByRole('button', { name: 'Send' })).toBeFocused();
});

test('a request header that no HTTP client would send is marked beside it and nothing is sent', async ({
  page,
}) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Test Console');
  await tenant.field('URL').click();
  await page.keyboard.type('http://127.0.0.1/http/v1/nothing');
  await tenant.request.getByRole('button', { name: 'Add header' }).click();
  await page.keyboard.type('Order Id');
  const name = tenant.request.getByRole('textbox', { name: 'Header name 1' });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/^A header name holds only letters, digits/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await expect(tenant.history).toHaveCount(0);

  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await page.keyboard.type('-');
  await expect(name).toHaveValue('Order-Id');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Enter');
  await expect(tenant.responseStatus).toHaveText('404 Not Found');
  await expect(tenant.history).toHaveCount(1);
});

test('unselecting a step from the keyboard (Shift+Enter, Escape) leaves the focus on it', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.node('Start').focus();
  await page.keyboard.press('Enter');
  await expect(editor.node('Start')).toHaveClass(/selected/);
  await page.keyboard.press('Tab');
  await expect(editor.node('End')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(editor.selectedNodes).toHaveCount(2);
  await page.keyboard.press('Shift+Enter');
  await expect(editor.node('End')).not.toHaveClass(/selected/);
  await expect(editor.node('End')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor.node('Start')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor.selectedNodes).toHaveCount(0);
  await expect(editor.node('Start')).toBeFocused();
  // The canvas still has the keyboard: Ctrl+A selects every element.
  await page.keyboard.press('ControlOrMeta+A');
  await expect(editor.unselectedNodes).toHaveCount(1); // the pool
  await expect(editor.node('Start')).toBeFocused();
});

test('the package count says how many of them a search shows', async ({ page }) => {
  const design = new DesignPage(page);
  await design.goto();
  await design.createPackage({ name: 'Orders' });
  await page.getByRole('link', { name: 'Packages', exact: true }).click();
  await design.createPackage({ name: 'Invoices' });
  await page.getByRole('link', { name: 'Packages', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Packages (2)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search packages' }).click();
  await page.keyboard.type('ord');
  await expect(page.getByRole('heading', { level: 2, name: 'Packages (1 of 2)' })).toBeVisible();
  await page.keyboard.type('zzz');
  await expect(page.getByRole('heading', { level: 2, name: 'Packages (0 of 2)' })).toBeVisible();
  await expect(page.getByText('No package matches “ordzzz”.')).toBeVisible();
});
