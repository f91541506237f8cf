import type { Locator, Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** Centre of an element on screen (it must be visible). */
export async function centreOf(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target.toString()} has no bounding box (not visible?)`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Presses the real mouse at `from`, travels in small steps and releases at `to`. A small first
 * move starts the gesture (React Flow's drag threshold, the browser's native drag start).
 */
export async function mouseDrag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  const m = page.mouse;
  await m.move(from.x, from.y);
  await m.down();
  await m.move(from.x + Math.sign(to.x - from.x) * 2, from.y + Math.sign(to.y - from.y) * 2);
  await m.move(to.x, to.y, { steps });
  await m.up();
}

/**
 * Drops a file on an element. Playwright cannot drag a file from the desktop; it dispatches the
 * same DOM drag events with a DataTransfer holding the file (Playwright's documented way).
 */
export async function dropFile(
  page: Page,
  target: Locator,
  file: { name: string; text: string },
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, file);
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer });
}
