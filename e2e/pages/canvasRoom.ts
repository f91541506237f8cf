import { expect, type Locator } from '@playwright/test';
import type { FlowEditorPage, Point } from './FlowEditorPage';

/** A point on a straight horizontal link, `f` of the way from its left end. */
export async function pointAlong(link: Locator, f: number): Promise<Point> {
  const b = await link.boundingBox();
  if (!b) throw new Error(`${link.toString()} is not visible`);
  return { x: b.x + b.width * f, y: b.y + b.height / 2 };
}

/**
 * Makes room for five steps in a row: the Receiver moves below the pool, the pool grows to the
 * right by its right edge, and End moves to the pool's right end. All with the real mouse.
 */
export async function makeRoom(editor: FlowEditorPage): Promise<void> {
  await editor.dragNode('Receiver', 0, 230);
  await editor.canvas.getByRole('button', { name: 'Zoom Out' }).click();
  await viewSettled(editor);
  const pool = await editor.box('Integration Process');
  const edge = { x: pool.x + pool.width, y: pool.y + pool.height / 2 };
  await editor.mouseDrag(edge, { x: edge.x + 330, y: edge.y });
  await editor.button('Fit view').click();
  await viewSettled(editor);
  const wide = await editor.box('Integration Process');
  const end = await editor.box('End');
  await editor.dragNode('End', wide.x + wide.width - 50 - (end.x + end.width / 2), 0);
}

/** Zoom and Fit view animate: waits until the pool stops moving before anything is measured. */
export async function viewSettled(editor: FlowEditorPage): Promise<void> {
  await expect
    .poll(async () => {
      const a = await editor.box('Integration Process');
      await editor.page.waitForTimeout(100);
      const b = await editor.box('Integration Process');
      return a.x === b.x && a.y === b.y && a.width === b.width;
    })
    .toBe(true);
}
