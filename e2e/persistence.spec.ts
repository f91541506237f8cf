import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { openNewFlow } from './fixtures/setup';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('a reload keeps the package, the flow, its steps and the adapter configuration', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  await design.goto();
  await design.createPackage({
    name: 'Hello World Demo',
    expectTechnicalName: 'HelloWorldDemo',
    shortDescription: 'Kept across reloads',
  });
  await design.addFlow('Hello World');
  await design.openFlow('Hello World');
  await editor.expectOpen('Hello World');
  await editor.expectSaved();

  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
  const props = editor.properties();
  await props.getByLabel('Address', { exact: true }).click();
  // Autosave shows that it has work pending while the user types, then that it is done.
  const typing = page.keyboard.type('/v1/test/hello', { delay: 60 });
  await expect(editor.saveState).toHaveText('Saving…');
  await typing;
  await props.getByRole('checkbox', { name: 'CSRF Protected' }).uncheck();
  await props.getByLabel('Maximum Body Size').fill('12');
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.node('Script 1')).toBeVisible();
  await editor.expectSaved();

  await page.reload();

  await test.step('the editor shows the same flow', async () => {
    await editor.expectOpen('Hello World');
    await expect(editor.saveState).toHaveText('Saved');
    for (const name of ['Sender', 'Start', 'Script 1', 'End', 'Receiver'])
      await expect(editor.node(name)).toBeVisible();
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
    await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(0);
    await expect(editor.problems()).toContainText('No problems.');
  });

  await test.step('the adapter keeps its configuration', async () => {
    await editor.messageFlow('Sender', 'Start').click();
    await expect(props).toContainText('Sender adapter');
    await expect(props.getByLabel('Adapter Type')).toHaveValue('HTTPS');
    await expect(props.getByLabel('Address', { exact: true })).toHaveValue('/v1/test/hello');
    await expect(props.getByLabel('User Role', { exact: true })).toHaveValue('ESBMessaging.send');
    await expect(props.getByRole('checkbox', { name: 'CSRF Protected' })).not.toBeChecked();
    await expect(props.getByLabel('Maximum Body Size')).toHaveValue('12');
  });

  await test.step('the Script step keeps its script file', async () => {
    await editor.select('Script 1');
    await expect(props.getByLabel('Script File')).toHaveValue('script1.js');
  });

  await test.step('the package page and the package list survive a reload too', async () => {
    await editor.backToPackage();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello World Demo' })).toBeVisible();
    await expect(page.getByText('Kept across reloads')).toBeVisible();
    await expect(design.flowRow('Hello World')).toContainText('Hello_World');
    await page.goto('./#/');
    await page.reload();
    const row = page
      .getByRole('table', { name: 'Packages' })
      .getByRole('row', { name: /Hello World Demo/ });
    await expect(row).toContainText('HelloWorldDemo');
  });
});

test('an edit followed at once by a reload is kept (the save starts as the page is left)', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { flow: 'Reload Fast' });
  await editor.expectSaved();

  await test.step('a step renamed in the properties panel, reloaded without waiting', async () => {
    await editor.select('Start');
    const name = editor.properties().getByLabel('Name', { exact: true });
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Order received');
    await page.reload();
    await editor.expectOpen('Reload Fast');
    await expect(editor.node('Order received')).toBeVisible();
  });

  await test.step('typing in the script editor (held back until its preview paints), reloaded at once', async () => {
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Order received', 'End'));
    await editor.node('Script 1').dblclick();
    const script = new ScriptEditorPage(page);
    await script.expectReady();
    await editor.expectSaved();
    await script.code.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('// kept across the reload');
    await page.reload();
    await editor.expectOpen('Reload Fast');
    await editor.node('Script 1').dblclick();
    await script.expectReady();
    expect(await script.text()).toContain('// kept across the reload');
  });

  await test.step("the script's sample body typed, reloaded at once", async () => {
    const script = new ScriptEditorPage(page);
    await script.sampleBody.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('order 42');
    await page.reload();
    await editor.expectOpen('Reload Fast');
    await editor.node('Script 1').dblclick();
    await script.expectReady();
    await expect(script.sampleBody).toHaveValue('order 42');
  });
});
