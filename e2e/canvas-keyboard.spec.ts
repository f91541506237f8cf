import { expect, test } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import { centreOf } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('the palette search filters the items', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await expect(editor.paletteItem('Content Modifier')).toBeVisible();

  await editor.paletteSearch.fill('script');
  await expect(editor.paletteItem('Script')).toBeVisible();
  await expect(editor.paletteItem('Content Modifier')).toBeHidden();
  await expect(editor.paletteItem('Router')).toBeHidden();
  await expect(editor.paletteItem('Start Message')).toBeHidden();

  await editor.paletteSearch.fill('zzz');
  await expect(editor.palette).toContainText('No element matches “zzz”.');
  await expect(editor.palette.getByRole('button')).toHaveCount(0);

  await editor.paletteSearch.fill('');
  await expect(editor.paletteItem('Content Modifier')).toBeVisible();
  await expect(editor.paletteItem('Script')).toBeVisible();
});

test('Enter on a focused palette item adds it in the middle of the view', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.paletteSearch.fill('script');
  await page.keyboard.press('Tab');
  await expect(editor.paletteItem('Script')).toBeFocused();
  await page.keyboard.press('Enter');

  const added = editor.node('Script 1');
  await expect(added).toBeVisible();
  await expect(added).toHaveClass(/selected/);
  const canvasCentre = await centreOf(editor.canvas);
  const nodeCentre = await centreOf(added);
  // At the centre, or moved just off an element it would otherwise cover.
  expect(Math.hypot(nodeCentre.x - canvasCentre.x, nodeCentre.y - canvasCentre.y)).toBeLessThan(
    150,
  );
  // A keyboard add does not splice itself into a link.
  await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
});

test('Ctrl+C / Ctrl+V pastes a copy with a new name next to the original', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.select('Script 1');
  const original = await editor.box('Script 1');

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');

  const scripts = editor.steps('Script');
  await expect(scripts).toHaveCount(2);
  // The paste is selected, the original is not.
  const copy = scripts.and(editor.selectedNodes);
  const source = scripts.and(editor.unselectedNodes);
  await expect(copy).toHaveCount(1);
  expect(await source.boundingBox()).toEqual(original);
  // Offset so both stay visible.
  const copyBox = (await copy.boundingBox())!;
  expect(copyBox.x).toBeGreaterThan(original.x);
  expect(copyBox.y).toBeGreaterThan(original.y);
  // A copy is a new element with a name of its own.
  await expect(source).toHaveAccessibleName('Script step Script 1');
  await expect(copy).toHaveAccessibleName('Script step Script 2');
});

test('a refused connection says why and creates nothing', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  const links = await editor.links.count();
  // An End event has no outgoing handle at all.
  await expect(editor.handle('End', 'source')).toHaveCount(0);

  await test.step('End → Start: drag from the Start event’s incoming handle onto End', async () => {
    const from = await centreOf(editor.handle('Start', 'target'));
    await editor.mouseDrag(from, await centreOf(editor.node('End')));
    await expect(editor.alert('An End event cannot have outgoing sequence flows')).toBeVisible();
    await expect(editor.links).toHaveCount(links);
  });

  await test.step('Sender → End: a Sender connects only to a Start event', async () => {
    await editor.connect('Sender', 'End');
    await expect(editor.alert('A Sender can connect only to a Start event')).toBeVisible();
    await expect(editor.adapterDialog).toBeHidden();
    await expect(editor.links).toHaveCount(links);
  });

  await test.step('Start → End again: a duplicate link is refused', async () => {
    await editor.connect('Start', 'End');
    await expect(editor.alert('These steps are already connected')).toBeVisible();
    await expect(editor.links).toHaveCount(links);
  });
  await expect(editor.button('Undo')).toBeDisabled();
});

test('Tab reaches a node; the arrow keys move it; one Ctrl+Z undoes the nudges', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const end = editor.node('End');
  const before = await editor.box('End');

  await editor.paletteSearch.click();
  for (let i = 0; i < 80 && !(await end.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(end).toBeFocused();

  await page.keyboard.press('Enter'); // selects the focused node
  await expect(end).toHaveClass(/selected/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');

  await expect.poll(async () => (await editor.box('End')).x).toBeGreaterThan(before.x + 5);
  const after = await editor.box('End');
  expect(after.y).toBeGreaterThan(before.y + 2);
  // Twice as far right as down: two presses against one.
  expect(after.x - before.x).toBeCloseTo(2 * (after.y - before.y), 0);
  await expect(end).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.box('End')).x).toBeCloseTo(before.x, 0);
  expect((await editor.box('End')).y).toBeCloseTo(before.y, 0);
});

test('clicking a problem selects its element and moves the focus to it', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  const problem = editor.problems().getByRole('button', { name: /Sender has no adapter/ });
  await problem.click();
  await expect(editor.node('Sender')).toHaveClass(/selected/);
  await expect(editor.node('Sender')).toBeFocused();
  await expect(editor.properties()).toContainText('Sender participant');
});
