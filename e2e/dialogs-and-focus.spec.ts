import { expect, test } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import { DesignPage } from './pages/DesignPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';
import { TenantPage } from './pages/TenantPage';

// Where the keyboard focus goes when dialogs open and close and buttons work, that a dialog's
// errors describe what its fields hold now, and that dialogs and buttons stay legible.
test.use({ viewport: { width: 1440, height: 900 } });

test('a form dialog starts in its first field and gives the focus back on Escape', async ({
  page,
}) => {
  const design = new DesignPage(page);
  await design.goto();
  const create = page.getByRole('button', { name: 'Create package' });
  await create.focus();
  await page.keyboard.press('Enter');
  const dlg = design.dialog('Create package');
  await expect(dlg.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Orders');
  await expect(dlg.getByLabel('Technical Name')).toHaveValue('Orders');
  await page.keyboard.press('Escape');
  await expect(dlg).toBeHidden();
  await expect(create).toBeFocused();

  await design.createPackage({ name: 'Orders' });
  // The dialog and the page that opened it are gone: the new page's heading has the focus.
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
  await page.getByRole('button', { name: 'Add integration flow' }).click();
  await expect(
    design.dialog('Add integration flow').getByLabel('Name', { exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Escape');

  // Followed with Enter, a link's page takes the focus too.
  await page.getByRole('link', { name: 'Packages', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Design' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search packages' })).toBeFocused();
});

test('Security dialogs are centred, and a save error goes once the field is edited', async ({
  page,
}) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Security');
  await tenant.registerClient('apimconnectivity');
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Register client' }).click();
  const dlg = tenant.dialog('Register OAuth client');
  const name = dlg.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  const box = await dlg.boundingBox();
  expect(box).not.toBeNull();
  // Centred in the 1,440 px window (a panel margin once pinned it to the left edge).
  expect(Math.abs(box!.x + box!.width / 2 - 720)).toBeLessThan(2);

  await page.keyboard.type('apimconnectivity');
  await dlg.getByRole('button', { name: 'Save' }).click();
  const clientId = dlg.getByLabel('Client ID', { exact: true });
  await expect(dlg).toContainText('A client with ID "apimconnectivity" already exists');
  await expect(clientId).toHaveAttribute('aria-invalid', 'true');
  await clientId.click();
  await page.keyboard.press('End');
  await page.keyboard.type('2');
  await expect(dlg).not.toContainText('already exists');
  await expect(clientId).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Assign role' }).click();
  const assign = tenant.dialog('Assign role');
  const user = assign.getByLabel('User', { exact: true });
  await user.fill('');
  await user.click();
  await page.keyboard.type('nobody');
  await page.keyboard.press('Enter');
  await expect(assign).toContainText('Unknown user "nobody"');
  await page.keyboard.press('Backspace');
  await expect(assign).not.toContainText('Unknown user');
  await expect(user).not.toHaveAttribute('aria-invalid', 'true');
});

test('Deploy keeps the keyboard focus; Show in a refusal takes it to the element at fault', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const tenant = new TenantPage(page);
  const deploy = tenant.deployment.getByRole('button', { name: 'Deploy', exact: true });
  await expect(deploy).toBeEnabled(); // once the tenant has loaded

  await deploy.focus();
  await page.keyboard.press('Enter');
  const refused = tenant.dialog('Deployment refused');
  await expect(refused).toContainText('Sender has no adapter');
  await refused.getByRole('button', { name: 'Show' }).focus();
  await page.keyboard.press('Enter');
  await expect(refused).toBeHidden();
  await expect(editor.node('Sender')).toHaveClass(/selected/);
  await expect(editor.node('Sender')).toBeFocused();

  // The Sender is selected: connect it from the Properties panel, as the keyboard does.
  await editor.properties().getByRole('button', { name: 'Connect', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // HTTPS, the first adapter type, has the focus
  await editor.properties().getByLabel('Address', { exact: true }).focus();
  await page.keyboard.type('/v1/orders');
  await deploy.focus();
  await page.keyboard.press('Enter');
  await expect(tenant.deployment).toContainText('Started');
  await expect(deploy).toBeFocused();

  await tenant.deployment.getByRole('button', { name: 'Undeploy' }).focus();
  await page.keyboard.press('Enter');
  await tenant
    .dialog('Undeploy integration flow')
    .getByRole('button', { name: 'Undeploy' })
    .click();
  await expect(tenant.deployment).toContainText('Not deployed');
  await expect(deploy).toBeFocused();
});

test('a hovered accent button keeps its accent background under its white text', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.select('Script 1');
  const edit = editor.properties().getByRole('button', { name: 'Edit script' });
  const background = () => edit.evaluate((b) => getComputedStyle(b).backgroundColor);
  const before = await background();
  await edit.hover();
  await expect.poll(background).toBe(before);
  const pressed = editor.button('Snap to grid');
  await pressed.click();
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => pressed.evaluate((b) => getComputedStyle(b).backgroundColor))
    .toBe(before);
});

test('the flow name can be cleared and typed anew, in the header and in Properties', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const header = page.getByRole('textbox', { name: 'Flow name', exact: true });
  await header.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  // Empty, the field stays empty and says why (the flow keeps its name meanwhile).
  await expect(header).toHaveValue('');
  await expect(header).toHaveAttribute('aria-invalid', 'true');
  await expect(header).toHaveAttribute('placeholder', 'A flow needs a name');
  await page.keyboard.type('Orders');
  await expect(header).toHaveValue('Orders');
  await expect(header).not.toHaveAttribute('aria-invalid');
  // Undo goes back to the old name (typing is one step unless the machine lags over a second).
  for (let i = 0; i < 7 && (await header.inputValue()) !== 'Hello World'; i++)
    await editor.button('Undo').click();
  await expect(header).toHaveValue('Hello World');
  for (let i = 0; i < 7 && (await header.inputValue()) !== 'Orders'; i++)
    await editor.button('Redo').click();
  await expect(header).toHaveValue('Orders');

  // Left empty, the field shows the flow's name again.
  await header.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(header).toHaveValue('Orders');

  await editor.clickEmptyCanvas();
  const name = editor.properties().getByLabel('Name', { exact: true });
  await name.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(name).toHaveValue('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.properties()).toContainText('A flow needs a name');
  await page.keyboard.type('Invoices');
  await expect(name).toHaveValue('Invoices');
  await expect(header).toHaveValue('Invoices');
  await expect(editor.properties()).not.toContainText('A flow needs a name');
});

test('a number field left empty shows again the value the flow holds', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
  const size = editor.properties().getByLabel('Maximum Body Size', { exact: true });
  await expect(size).toHaveValue('40');
  await size.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(size).toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(size).toHaveValue('40');
});

test('back from a script whose syntax error it fixed, the focus is on the Script step', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.select('Script 1');
  await editor.properties().getByRole('button', { name: 'Edit script' }).click();
  const script = new ScriptEditorPage(page);
  await script.code.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('var x = ;');
  await expect(script.previewError).toContainText('SyntaxError');
  await script.button('Close').click();
  const problem = editor.problems().getByRole('button', { name: /syntax error in script1\.js/ });
  await expect(problem).toBeVisible();

  await problem.focus();
  await page.keyboard.press('Enter');
  await expect(script.dialog).toBeVisible();
  await expect(script.code.getByRole('textbox', { name: 'JavaScript code' })).toBeFocused();
  // The cursor is on the faulty line: delete it.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(script.previewError).toHaveCount(0);
  await script.button('Close').click();
  await expect(problem).toHaveCount(0);
  await expect(editor.node('Script 1')).toBeFocused();
});

test('Ctrl+Z on a checkbox or a list undoes the change just made with it', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
  const props = editor.properties();
  const csrf = props.getByLabel('CSRF Protected');
  await expect(csrf).toBeChecked();
  await csrf.focus();
  await page.keyboard.press(' ');
  await expect(csrf).not.toBeChecked();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(csrf).toBeChecked();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(csrf).not.toBeChecked();

  const authorization = props.getByLabel('Authorization', { exact: true });
  await authorization.focus();
  await page.keyboard.press('ArrowDown');
  await expect(authorization).toHaveValue('ClientCertificate');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(authorization).toHaveValue('UserRole');
});

test('Add and remove in header lists keep the focus in the list', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.button('Simulate').click();
  const sim = page.getByRole('region', { name: 'Simulation' });
  await sim.getByRole('button', { name: 'Add header' }).click();
  await expect(sim.getByLabel('Header name', { exact: true })).toBeFocused();
  await sim.getByRole('button', { name: 'Remove header 1' }).click();
  await expect(sim.getByRole('button', { name: 'Add header' })).toBeFocused();

  const tenant = new TenantPage(page);
  await tenant.open('Test Console');
  const form = tenant.request;
  await form.getByRole('button', { name: 'Add header' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Header name 1', { exact: true })).toBeFocused();
  await page.keyboard.type('x-first');
  await form.getByRole('button', { name: 'Add header' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Header name 2', { exact: true })).toBeFocused();
  await page.keyboard.type('x-second');
  await form.getByRole('button', { name: 'Remove header 1' }).focus();
  await page.keyboard.press('Enter');
  // The second row moved up into the removed one's place, and has the focus.
  const first = form.getByLabel('Header name 1', { exact: true });
  await expect(first).toHaveValue('x-second');
  await expect(first).toBeFocused();
  await form.getByRole('button', { name: 'Remove header 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('button', { name: 'Add header' })).toBeFocused();
});

test('Send with no URL says so beside the field and sends nothing', async ({ page }) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Test Console');
  const url = tenant.field('URL');
  await expect(url).toHaveValue('');
  await tenant.request.getByRole('button', { name: 'Send' }).click();
  await expect(tenant.request).toContainText('Enter the URL to call, such as');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toBeFocused();
  await expect(tenant.response).toContainText('Send a request to see the answer here.');
  await page.keyboard.type('x');
  await expect(tenant.request).not.toContainText('Enter the URL to call');
});

test('a row deleted through its confirmation leaves the focus in its section', async ({ page }) => {
  const design = new DesignPage(page);
  await design.goto();
  await design.createPackage({ name: 'Orders' });
  await design.addFlow('First');
  await design.addFlow('Second');
  await design.flowRow('Second').getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  const dlg = design.dialog('Delete integration flow');
  await dlg.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(design.flowRow('Second')).toHaveCount(0);
  // Not the page: the first control of the Artifacts section.
  await expect(page.getByRole('button', { name: 'Import flow' })).toBeFocused();
});

test('a step whose name is cleared says so beside the field and in Problems', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.select('Script 1');
  const name = editor.properties().getByLabel('Name', { exact: true });
  await name.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.properties()).toContainText('A Script step has no name');
  await expect(editor.problems()).toContainText('A Script step has no name');
  await page.keyboard.type('Say hello');
  await expect(editor.node('Say hello')).toBeVisible();
  await expect(editor.problems()).not.toContainText('has no name');
});

test('the simulated clock says why it cannot advance by the minutes typed', async ({ page }) => {
  const tenant = new TenantPage(page);
  await page.goto('./#/');
  await tenant.open('Security');
  const clock = page.getByRole('region', { name: 'Simulated clock' });
  const minutes = clock.getByLabel('Advance clock by (minutes)');
  for (const typed of ['0', '-5', '99999999']) {
    await minutes.fill('');
    await minutes.click();
    await page.keyboard.type(typed);
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(clock).toContainText('from 1 to 525,600 (a year)');
    await expect(clock.getByRole('button', { name: 'Advance clock' })).toBeDisabled();
  }
  await minutes.fill('');
  await minutes.click();
  await page.keyboard.type('90');
  await expect(clock).not.toContainText('from 1 to');
  await clock.getByRole('button', { name: 'Advance clock' }).click();
  await expect(clock.getByRole('status')).toContainText('Running 90 minutes ahead');
});
