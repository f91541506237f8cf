import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { centreOf, type Box, type FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

const NAMES = ['Sender', 'Receiver', 'Integration Process', 'Start', 'Script 1', 'End'];

/**
 * Where every element is in flow coordinates, independent of the viewport: React Flow draws a
 * node with `transform: translate(x, y)`; the pool's size is in its width and height.
 */
async function positions(editor: FlowEditorPage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of NAMES) {
    out[name] = await editor
      .node(name)
      .evaluate((el) => `${el.style.transform} ${el.style.width} ${el.style.height}`);
  }
  return out;
}

async function boxes(editor: FlowEditorPage): Promise<Record<string, Box>> {
  const out: Record<string, Box> = {};
  for (const name of NAMES) out[name] = await editor.box(name);
  return out;
}

/** Steps in link order left to right, Sender left of the pool and Receiver right of it. */
function orderedLeftToRight(b: Record<string, Box>): boolean {
  const pool = b['Integration Process']!;
  const [start, script, end] = [b.Start!, b['Script 1']!, b.End!];
  return (
    start.x + start.width < script.x &&
    script.x + script.width < end.x &&
    b.Sender!.x + b.Sender!.width < pool.x &&
    b.Receiver!.x > pool.x + pool.width
  );
}

test('Auto-layout orders a messy flow left to right; one Ctrl+Z puts everything back', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);

  await test.step('draw Sender → Start → Script → End', async () => {
    await connectHttpsSender(editor, '/v1/test/hello');
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
    await editor.clickEmptyCanvas();
  });

  await test.step('jumble it with the mouse', async () => {
    const b = await boxes(editor);
    const pool = b['Integration Process']!;
    // End to the pool's lower left, under Start; Script to its upper right, where End was.
    const end = await centreOf(editor.node('End'));
    await editor.mouseDrag(end, {
      x: pool.x + pool.width * 0.15,
      y: pool.y + pool.height * 0.8,
    });
    const script = await centreOf(editor.node('Script 1'));
    await editor.mouseDrag(script, {
      x: pool.x + pool.width * 0.8,
      y: pool.y + pool.height * 0.25,
    });
    // Both participants below the pool, the Receiver under its left half, the Sender right of it.
    const receiver = await centreOf(editor.node('Receiver'));
    await editor.mouseDrag(receiver, {
      x: pool.x + pool.width * 0.3,
      y: pool.y + pool.height + b.Receiver!.height * 0.7,
    });
    const sender = await centreOf(editor.node('Sender'));
    await editor.mouseDrag(sender, {
      x: pool.x + pool.width * 0.75,
      y: pool.y + pool.height + b.Sender!.height * 0.7,
    });
    await editor.expectSaved();
    const messy = await boxes(editor);
    expect(messy.End!.x).toBeLessThan(messy.Start!.x + messy.Start!.width);
    expect(messy['Script 1']!.x).toBeGreaterThan(messy.End!.x);
    expect(messy.Sender!.x).toBeGreaterThan(messy['Integration Process']!.x);
    expect(messy.Receiver!.x).toBeLessThan(
      messy['Integration Process']!.x + messy['Integration Process']!.width,
    );
    expect(orderedLeftToRight(messy)).toBe(false);
  });

  const before = await positions(editor);

  await test.step('Auto-layout orders the steps along the links', async () => {
    await editor.button('Auto-layout').click();
    await expect.poll(async () => orderedLeftToRight(await boxes(editor))).toBe(true);
    // The links are still there, untouched by the layout.
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
    // Start, Script and End on one line: the main path runs straight.
    const b = await boxes(editor);
    const mid = (x: Box) => x.y + x.height / 2;
    expect(Math.abs(mid(b.Start!) - mid(b['Script 1']!))).toBeLessThanOrEqual(1);
    expect(Math.abs(mid(b['Script 1']!) - mid(b.End!))).toBeLessThanOrEqual(1);
    expect(await positions(editor)).not.toEqual(before);
  });

  await test.step('one Ctrl+Z restores the previous positions exactly', async () => {
    await page.keyboard.press('Control+z');
    await expect.poll(() => positions(editor)).toEqual(before);
    await expect(editor.button('Redo')).toBeEnabled();
    // And Ctrl+Shift+Z arranges it again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => orderedLeftToRight(await boxes(editor))).toBe(true);
  });
});

test('a step dropped on a short link pushes the target along; one Ctrl+Z undoes it all', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page);
  const start = await editor.box('Start');
  const endBefore = await editor.box('End');
  // End right next to Start: a 24 px link, far too short for a Script.
  await editor.dragNode('End', start.x + start.width + 24 - endBefore.x, 0);
  await expect
    .poll(async () => (await editor.box('End')).x - (start.x + start.width))
    .toBeLessThan(40);
  await editor.clickEmptyCanvas();
  const endCramped = await editor.node('End').evaluate((el) => el.style.transform);

  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
  const [s, script, end] = [
    await editor.box('Start'),
    await editor.box('Script 1'),
    await editor.box('End'),
  ];
  // Start, Script, End in a row, with room between them and none overlapping.
  expect(script.x).toBeGreaterThan(s.x + s.width + 10);
  expect(end.x).toBeGreaterThan(script.x + script.width + 10);
  // The pool still encloses End.
  const pool = await editor.box('Integration Process');
  expect(end.x + end.width).toBeLessThan(pool.x + pool.width);

  await page.keyboard.press('Control+z');
  await expect(editor.node('Script 1')).toHaveCount(0);
  await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
  await expect.poll(() => editor.node('End').evaluate((el) => el.style.transform)).toBe(endCramped);
});
