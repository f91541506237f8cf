import { expect, test } from '@playwright/test';
import { openNewFlow, connectHttpsSender } from './fixtures/setup';
import type { Box, FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** Waits until the node's top-left corner on screen is at `where` (within `tolerance` px). */
async function expectAt(
  editor: FlowEditorPage,
  name: string,
  where: { x: number; y: number },
  tolerance = 1,
) {
  await expect
    .poll(async () => {
      const b = await editor.box(name);
      return Math.max(Math.abs(b.x - where.x), Math.abs(b.y - where.y));
    })
    .toBeLessThanOrEqual(tolerance);
}

const moved = (b: Box, dx: number, dy: number) => ({ x: b.x + dx, y: b.y + dy });

test('undo and redo a drag with the keyboard (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  const before = await editor.box('End');

  await editor.dragNode('End', -80, 60);
  // Where the drag left it (React Flow starts the drag after a small threshold).
  await expectAt(editor, 'End', moved(before, -80, 60), 6);
  const after = await editor.box('End');
  await expect(editor.button('Undo')).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expectAt(editor, 'End', before);
  await expect(editor.button('Redo')).toBeEnabled();

  await page.keyboard.press('Control+Shift+z');
  await expectAt(editor, 'End', after);

  await page.keyboard.press('Control+z');
  await expectAt(editor, 'End', before);
  await page.keyboard.press('Control+y');
  await expectAt(editor, 'End', after);
  // The drag was ONE undo step: one more undo leaves nothing to undo.
  await page.keyboard.press('Control+z');
  await expectAt(editor, 'End', before);
  await expect(editor.button('Undo')).toBeDisabled();
});

test('Delete removes a step with its links; Ctrl+Z brings both back', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);

  await editor.select('Script 1');
  await page.keyboard.press('Delete');
  await expect(editor.node('Script 1')).toHaveCount(0);
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(0);
  await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(editor.node('Script 1')).toBeVisible();
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);

  await page.keyboard.press('Control+Shift+z');
  await expect(editor.node('Script 1')).toHaveCount(0);
  await expect(editor.links).toHaveCount(0);
});

test('a burst of typing in the adapter form is one undo step; the adapter dialog choice is another', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);

  const address = editor.properties().getByLabel('Address', { exact: true });
  await address.click();
  await page.keyboard.type('/v1/test/hello', { delay: 20 });
  await expect(address).toHaveValue('/v1/test/hello');

  // Leave the field (Ctrl+Z inside it is the browser's own text undo): click the link itself.
  await editor.messageFlow('Sender', 'Start').click();
  await expect(editor.properties()).toContainText('Sender adapter');
  await page.keyboard.press('Control+z');
  await expect(address).toHaveValue('');
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);

  await page.keyboard.press('Control+Shift+z');
  await expect(address).toHaveValue('/v1/test/hello');

  // Two undos: the address, then the connection made through the adapter dialog.
  await page.keyboard.press('Control+z');
  await expect(address).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(0);
  await expect(editor.problems()).toContainText('Sender has no adapter');
  await page.keyboard.press('Control+y');
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
});

test('the undo history survives a reload', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await connectHttpsSender(editor, '/v1/test/hello');
  const before = await editor.box('End');
  await editor.dragNode('End', -60, 50);
  await expectAt(editor, 'End', moved(before, -60, 50), 6);
  await editor.expectSaved();

  await page.reload();
  await editor.expectOpen('Hello World');
  await expect(editor.button('Undo')).toBeEnabled();
  await expect(editor.button('Redo')).toBeDisabled();
  const afterReload = await editor.box('End');

  // Undo the move: End goes back by the dragged distance (the view may be fitted differently,
  // so compare in flow units through the node's transform rather than screen pixels).
  const transform = () => editor.node('End').evaluate((el) => (el as HTMLElement).style.transform);
  const movedTransform = await transform();
  await editor.clickEmptyCanvas();
  await page.keyboard.press('Control+z');
  await expect.poll(transform).not.toBe(movedTransform);
  expect((await editor.box('End')).x).toBeGreaterThan(afterReload.x);

  // Then the address and the connection, made before the reload.
  await editor.messageFlow('Sender', 'Start').click();
  const address = editor.properties().getByLabel('Address', { exact: true });
  await expect(address).toHaveValue('/v1/test/hello');
  await page.keyboard.press('Control+z');
  await expect(address).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
});
