import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { expectHelloWorldExport } from './fixtures/flowFile';

// A laptop-sized window: the whole new flow fits at a readable zoom.
test.use({ viewport: { width: 1440, height: 900 } });

test('a new user draws the Hello World flow, exports it, deletes it and imports it back', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);

  await test.step('create the package and the flow', async () => {
    await design.goto();
    await design.createPackage({
      name: 'Hello World Demo',
      expectTechnicalName: 'HelloWorldDemo',
      shortDescription: 'Walkthrough part 1',
    });
    expect(await design.addFlow('Hello World')).toBe('Hello_World');
    await design.openFlow('Hello World');
    await editor.expectOpen('Hello World');
  });

  await test.step('a new flow shows Sender, Integration Process with Start → End, Receiver', async () => {
    await expect(editor.node('Sender')).toBeVisible();
    await expect(editor.node('Integration Process')).toBeVisible();
    await expect(editor.node('Start')).toHaveAccessibleName('Start Message step Start');
    await expect(editor.node('End')).toHaveAccessibleName('End Message step End');
    await expect(editor.node('Receiver')).toBeVisible();
    await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
    await expect(editor.problems()).toContainText('Sender has no adapter');
  });

  await test.step('connect Sender → Start: the adapter dialog asks for the type; choose HTTPS', async () => {
    await editor.connect('Sender', 'Start');
    await expect(editor.adapterDialog).toBeVisible();
    await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
    await expect(editor.adapterDialog).toBeHidden();
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
  });

  await test.step('configure the HTTPS adapter in the properties panel', async () => {
    const props = editor.properties();
    await expect(props).toContainText('Sender adapter');
    const address = props.getByLabel('Address', { exact: true });
    await address.fill('/v1/test/hello');
    await expect(address).toHaveValue('/v1/test/hello');
    await expect(props.getByLabel('User Role', { exact: true })).toHaveValue('ESBMessaging.send');
    await expect(props.getByRole('checkbox', { name: 'CSRF Protected' })).toBeChecked();
    await expect(props.getByLabel('Maximum Body Size')).toHaveValue('40');
  });

  await test.step('drag a Script from the palette onto the Start → End link', async () => {
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
    await expect(editor.node('Script 1')).toHaveAccessibleName('Script step Script 1');
    await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(0);
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
  });

  await test.step('the Problems panel shows no problems', async () => {
    await expect(editor.problems()).toContainText('No problems.');
    await expect(editor.problems().getByRole('listitem')).toHaveCount(0);
  });

  const first = await test.step('export: canonical JSON with the Hello World content', async () => {
    await editor.expectSaved();
    const file = await editor.exportFlow();
    expect(file.fileName).toBe('Hello_World.flow.json');
    expectHelloWorldExport(file.text);
    return file;
  });

  await test.step('delete the flow, then import the exported file', async () => {
    await editor.backToPackage();
    await design.deleteFlow('Hello World');
    await expect(page.getByText('No integration flows yet')).toBeVisible();
    await design.importFlow({ name: first.fileName, text: first.text });
    await expect(design.flowRow('Hello World')).toBeVisible();
    await expect(design.flowRow('Hello World')).toContainText('Hello_World');
  });

  await test.step('the imported flow is the same flow, byte for byte', async () => {
    await design.openFlow('Hello World');
    await editor.expectOpen('Hello World');
    await expect(editor.node('Script 1')).toBeVisible();
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
    await expect(editor.problems()).toContainText('No problems.');
    const again = await editor.exportFlow();
    expect(again.fileName).toBe(first.fileName);
    expect(again.text).toBe(first.text);
  });
});
