import { expect, test, type Page } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import { DesignPage } from './pages/DesignPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';

// Room for the canvas and, in the script editor, Monaco beside the preview.
test.use({ viewport: { width: 1440, height: 900 } });

/** The viewport transform of the canvas (changes when it pans). */
function viewportTransform(page: Page): Promise<string> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
}

test('the Hello World script typed key by key in Monaco, with the canvas under the dialog', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.node('Script 1').dblclick();
  const script = new ScriptEditorPage(page);
  await script.expectReady();
  // The canvas stays mounted under the script editor.
  await expect(editor.canvas).toBeAttached();

  await script.code.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => script.text()).toBe('');

  // As a person types it: Monaco closes the brace on Enter and indents the new lines; a typo is
  // corrected with Backspace.
  await page.keyboard.type('function processData(message) {');
  await page.keyboard.press('Enter');
  await page.keyboard.type('message.setBody("Hello world from IFlox');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('w");');
  await page.keyboard.press('Enter');
  await page.keyboard.type('return message;');

  await expect
    .poll(() => script.text())
    .toBe(
      'function processData(message) {\n' +
        '    message.setBody("Hello world from IFlow");\n' +
        '    return message;\n' +
        '}',
    );
  await expect(script.outputBody).toHaveText('Hello world from IFlow');
  await expect(script.previewError).toHaveCount(0);

  // Tab indents in Monaco (it does not leave the editor), Space and Enter type.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('// two words');
  await expect.poll(() => script.text()).toMatch(/\n {4}\/\/ two words$/);
  await expect(script.code.getByRole('textbox', { name: 'JavaScript code' })).toBeFocused();

  // Space, Delete and Backspace in the sample body belong to it, not to the canvas.
  await script.sampleBody.fill('');
  await script.sampleBody.click();
  await page.keyboard.type('order  42');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('7');
  await expect(script.sampleBody).toHaveValue('order 7');

  await script.close();
  await expect(editor.node('Script 1')).toBeVisible();
});

test('IME composition and a dead key arrive in Monaco with the canvas mounted', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.node('Script 1').dblclick();
  const script = new ScriptEditorPage(page);
  await script.expectReady();
  await script.code.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('// ');

  const cdp = await page.context().newCDPSession(page);
  // An input method composes "日本" in two steps, then commits it.
  await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '日本' });
  await page.keyboard.type(' ');
  // A dead key (´ on a European layout) followed by "e" composes "é".
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    key: 'Dead',
    code: 'Equal',
    windowsVirtualKeyCode: 221,
  });
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Equal' });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.type(' ok');
  await expect.poll(() => script.text()).toBe('// 日本 é ok');
  await script.close();
});

test('typing with spaces in dialogs and panel fields; canvas keys only on the canvas', async ({
  page,
}) => {
  const design = new DesignPage(page);
  await design.goto();
  await page.getByRole('button', { name: 'Create package' }).click();
  const dlg = design.dialog('Create package');
  await dlg.getByLabel('Name', { exact: true }).click();
  await page.keyboard.type('Order Processing  Demo');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(dlg.getByLabel('Name', { exact: true })).toHaveValue('Order Processing Demo');
  await dlg.getByLabel('Short Description').click();
  await page.keyboard.type('Routes incoming orders to the right team');
  await expect(dlg.getByLabel('Short Description')).toHaveValue(
    'Routes incoming orders to the right team',
  );
  await dlg.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Order Processing Demo' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Add integration flow' }).click();
  const add = design.dialog('Add integration flow');
  await add.getByLabel('Name', { exact: true }).click();
  await page.keyboard.type('Hello World Flow');
  await expect(add.getByLabel('Name', { exact: true })).toHaveValue('Hello World Flow');
  await add.getByRole('button', { name: 'Add' }).click();
  await design.openFlow('Hello World Flow');

  const { FlowEditorPage } = await import('./pages/FlowEditorPage');
  const editor = new FlowEditorPage(page);
  await editor.expectOpen('Hello World Flow');
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.select('Script 1');

  // The properties panel: Space, Backspace and Delete edit the name; the step stays.
  const name = editor.properties().getByLabel('Name', { exact: true });
  await name.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Set the  body');
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.type('S');
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(name).toHaveValue('Set the body');
  await page.keyboard.press('End');
  await expect(editor.node('Set the body')).toBeVisible();

  // Space on the page outside the canvas does not pan it.
  const before = await viewportTransform(page);
  await page.keyboard.press('Space');
  await expect(name).toHaveValue('Set the body ');
  await page.keyboard.press('Backspace');
  expect(await viewportTransform(page)).toBe(before);

  // On the canvas, Delete deletes the selected step (and Ctrl+Z brings it back).
  await editor.select('Set the body');
  await page.keyboard.press('Delete');
  await expect(editor.node('Set the body')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.node('Set the body')).toBeVisible();

  // Space held on the canvas pans it with the mouse, also where a toast ("Package … created",
  // still showing) lies over the bottom of the canvas: toasts let drags through.
  await editor.clickEmptyCanvas();
  const box = await editor.canvas.boundingBox();
  if (!box) throw new Error('canvas not visible');
  const start = { x: box.x + box.width / 2, y: box.y + box.height - 40 };
  await page.keyboard.down('Space');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 80, start.y - 20, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect.poll(() => viewportTransform(page)).not.toBe(before);
});
