import { expect, test, type Locator } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import { centreOf } from './pages/pointer';

test.use({ viewport: { width: 1440, height: 900 } });

/** The handle's drawn colour (transparent while hidden). */
function handleColour(handle: Locator): Promise<string> {
  return handle.evaluate((el) =>
    getComputedStyle(el).getPropertyValue('--xy-handle-border-color').trim(),
  );
}

test('connection handles: shown on the selected element and on hover, grabbed 8 px off the point', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const handle = editor.handle('Start', 'source');
  await editor.clickEmptyCanvas();
  expect(await handleColour(handle)).toBe('transparent');
  await editor.select('Start');
  await expect.poll(() => handleColour(handle)).not.toBe('transparent');
  await editor.clickEmptyCanvas();
  await expect.poll(() => handleColour(handle)).toBe('transparent');
  await editor.node('End').hover();
  await expect.poll(() => handleColour(editor.handle('End', 'target'))).not.toBe('transparent');

  // The hit target is at least 16 px wide on screen: a drag started 8 px right of the drawn
  // point (outside it) still starts a connection.
  const point = await centreOf(editor.handle('Sender', 'source'));
  const dot = await editor.handle('Sender', 'source').boundingBox();
  expect(8).toBeGreaterThan(dot!.width / 2);
  await editor.mouseDrag({ x: point.x + 8, y: point.y }, await centreOf(editor.node('Start')));
  await expect(editor.adapterDialog).toBeVisible();
  await editor.adapterDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.adapterDialog).toBeHidden();

  // Zoomed out to half size the hit target stays at least 16 px on screen: the same drag,
  // started 6 px right of the drawn point (outside it, and outside the unscaled 22 px ring,
  // which would measure 11 px here), still starts a connection.
  const zoomOut = editor.canvas.getByRole('button', { name: 'Zoom out' });
  while ((await zoom(page)) > 0.55) await zoomOut.click();
  const small = await centreOf(editor.handle('Sender', 'source'));
  const smallDot = await editor.handle('Sender', 'source').boundingBox();
  expect(6).toBeGreaterThan(smallDot!.width / 2 + 3);
  await editor.mouseDrag({ x: small.x + 6, y: small.y }, await centreOf(editor.node('Start')));
  await expect(editor.adapterDialog).toBeVisible();
});

test('while a connection is dragged, its start and the point under the pointer are marked, green where the link is allowed', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const from = editor.handle('Sender', 'source');
  const start = await centreOf(from);
  const startTarget = editor.handle('Start', 'target');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y + 5, { steps: 4 });
  await expect(from).toHaveClass(/\bconnectingfrom\b/);
  const allowed = await centreOf(startTarget);
  await page.mouse.move(allowed.x, allowed.y, { steps: 8 });
  await expect(startTarget).toHaveClass(/\bconnectingto\b/);
  await expect(startTarget).toHaveClass(/\bvalid\b/);
  // A Sender cannot be linked to a Receiver: the point is marked, not green.
  const receiverTarget = editor.handle('Receiver', 'target');
  const refused = await centreOf(receiverTarget);
  await page.mouse.move(refused.x, refused.y, { steps: 8 });
  await expect(receiverTarget).toHaveClass(/\bconnectingto\b/);
  await expect(receiverTarget).not.toHaveClass(/\bvalid\b/);
  await expect(startTarget).not.toHaveClass(/\bconnectingto\b/);
  // Let go over the empty canvas: nothing is connected and no mark stays behind.
  const box = (await editor.canvas.boundingBox())!;
  await page.mouse.move(box.x + 15, box.y + 15, { steps: 8 });
  await page.mouse.up();
  await expect(editor.adapterDialog).toBeHidden();
  await expect(editor.canvas.locator('.react-flow__handle.connectingfrom')).toHaveCount(0);
  await expect(editor.canvas.locator('.react-flow__handle.connectingto')).toHaveCount(0);
});

/** React Flow's viewport transform (pan and zoom). */
function viewportTransform(page: import('@playwright/test').Page): Promise<string> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
}

/** The canvas zoom read from React Flow's viewport transform. */
async function zoom(page: import('@playwright/test').Page): Promise<number> {
  const t = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
}

test('a step dragged over a link shows where it will be inserted; dropped on a step, it lands beside it', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const link = editor.sequenceFlow('Start', 'End');
  const from = await centreOf(editor.paletteItem('Script'));
  const to = await centreOf(link);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2);
  await page.mouse.move(to.x, to.y, { steps: 20 });
  // While the pointer is on the link: the link is marked as the insertion point; moved off it
  // the mark goes, and back on it the mark comes back.
  await expect(link).toHaveClass(/ifs-edge--drop-target/);
  await page.mouse.move(to.x, to.y + 120, { steps: 5 });
  await expect(link).not.toHaveClass(/ifs-edge--drop-target/);
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await expect(link).toHaveClass(/ifs-edge--drop-target/);
  await page.mouse.up();
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(editor.links.and(page.locator('.ifs-edge--drop-target'))).toHaveCount(0);

  // Dropped right on top of a step (not on a link): placed where it covers nothing.
  await editor.dragPaletteItem('Script', editor.node('End'));
  await expect(editor.node('Script 2')).toBeVisible();
  const a = await editor.box('Script 2');
  for (const other of ['End', 'Script 1', 'Start']) {
    const b = await editor.box(other);
    const overlap =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `Script 2 overlaps ${other}`).toBe(false);
  }
});

test('the minimap can be hidden and shown, and pans and zooms the canvas; the problems panel collapses with its count', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const minimap = editor.canvas.getByRole('img', { name: 'Minimap' });
  const toggle = editor.canvas.getByRole('button', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(minimap).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(minimap).toBeVisible();

  // Dragging in the minimap pans the canvas; the wheel over it zooms.
  const before = await viewportTransform(page);
  const m = await centreOf(minimap);
  await editor.mouseDrag(m, { x: m.x - 30, y: m.y - 15 });
  await expect.poll(() => viewportTransform(page)).not.toBe(before);
  const zoomBefore = await zoom(page);
  await page.mouse.move(m.x, m.y);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => zoom(page)).not.toBe(zoomBefore);

  // A new flow has one problem (the Sender has no adapter): the toggle says so.
  const problems = editor.problems().getByRole('button', { name: /^Problems/ });
  await expect(problems).toHaveAccessibleName('Problems 1 (1 error)');
  await expect(problems).toHaveAttribute('aria-expanded', 'true');
  await problems.click();
  await expect(problems).toHaveAttribute('aria-expanded', 'false');
  await expect(editor.problems().getByRole('list')).toBeHidden();
  await problems.click();
  await expect(editor.problems().getByRole('list')).toBeVisible();
});
