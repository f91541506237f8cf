// Issue 2's canvas figures in Chromium: opening the 1,000-step flow until React Flow has
// rendered its nodes (+ two animation frames), and the frame intervals while panning it.
import type { BrowserContext, Page } from '@playwright/test';
import { percentile } from './stats';
import { BENCH_PACKAGE_ID, flowHash } from './seedWorkspace';

interface BenchWindow {
  __benchWaitForNodes(p: RenderProbe): Promise<{ at: number; count: number }>;
}

/** Page-side helpers for every page of a bench context (see newBenchContext). */
export const canvasInitScript = (): string =>
  `window.__benchWaitForNodes = ${waitForNodes.toString()};`;

interface RenderProbe {
  expected: number;
  timeoutMs: number;
}

/**
 * In-page: polls every animation frame until at least `expected` nodes are in the DOM and
 * measured (React Flow hides unmeasured nodes), then lets two more frames pass.
 */
async function waitForNodes({ expected, timeoutMs }: RenderProbe) {
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const start = performance.now();
  let count: number;
  for (;;) {
    await frame();
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    count = nodes.length;
    if (count >= expected && ![...nodes].some((n) => n.style.visibility === 'hidden')) break;
    if (performance.now() - start > timeoutMs) return { at: -1, count };
  }
  await frame();
  await frame();
  return { at: performance.now(), count };
}

export interface OpenResult {
  coldMs: number;
  inAppMs: number;
  nodes: number;
}

/** Cold: page load of the flow URL, from navigation start. In-app: hash change from the package page. */
export async function openBigFlow(
  ctx: BrowserContext,
  url: string,
  flowId: string,
  expected: number,
): Promise<{ page: Page; result: OpenResult }> {
  const page = await ctx.newPage();
  const probe: RenderProbe = { expected, timeoutMs: 30_000 };
  // Polling starts at document start (before the app's scripts), so a render that lands before
  // `load` is still timed from navigation start.
  await page.addInitScript(
    `window.__benchCold = window.__benchWaitForNodes(${JSON.stringify(probe)});`,
  );
  await page.goto(url + flowHash(flowId));
  const cold = await page.evaluate(
    () =>
      (window as unknown as { __benchCold: Promise<{ at: number; count: number }> }).__benchCold,
  );
  if (cold.at < 0) throw new Error(`only ${cold.count} of ${expected} nodes rendered (cold)`);
  // performance.now() counts from navigation start, so `at` is the cold open time.
  await page.evaluate((h) => (location.hash = h), `#/packages/${BENCH_PACKAGE_ID}`);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
  await page.waitForTimeout(300);
  const warm = await page.evaluate(
    async ({ hash, probe: p }) => {
      const t0 = performance.now();
      location.hash = hash;
      const r = await (window as unknown as BenchWindow).__benchWaitForNodes(p);
      return { ms: r.at < 0 ? -1 : r.at - t0, count: r.count };
    },
    { hash: flowHash(flowId), probe },
  );
  if (warm.ms < 0) throw new Error(`only ${warm.count} of ${expected} nodes rendered (in-app)`);
  return { page, result: { coldMs: cold.at, inAppMs: warm.ms, nodes: warm.count } };
}

export interface PanResult {
  p50: number;
  p95: number;
  max: number;
  frames: number;
  /** p95 frame interval of the same page, idle, for comparison. */
  idleP95: number;
  /** Mouse moves sent during the drag. */
  moves: number;
}

/** rAF intervals of the page for `ms` without input. */
async function idleIntervals(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const frames: number[] = [];
    const t0 = performance.now();
    while (performance.now() - t0 < duration)
      frames.push(await new Promise<number>((r) => requestAnimationFrame(r)));
    return frames.slice(1).map((t, i) => t - (frames[i] as number));
  }, ms);
}

/** Drags the pane for ~2 s and returns requestAnimationFrame intervals during the drag. */
export async function panFlow(page: Page, durationMs = 2000): Promise<PanResult> {
  const spot = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box) return null;
    for (let y = box.top + 8; y < box.bottom - 8; y += 12)
      for (let x = box.left + 8; x < box.right - 8; x += 12) {
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane'))
          return { x, y, box: box.toJSON() as DOMRect };
      }
    return null;
  });
  if (!spot) throw new Error('no empty pane area to grab');
  const idle = await idleIntervals(page, 500);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __moves: Set<string>; __rec: boolean };
    w.__frames = [];
    w.__moves = new Set();
    w.__rec = true;
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    const tick = (t: number) => {
      w.__frames.push(t);
      w.__moves.add(vp?.style.transform ?? '');
      if (w.__rec) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Keep the pointer inside the canvas: swing around the grab point within the box.
  const { x, y, box } = spot;
  const ax = Math.min(120, (box.right - box.left) / 3);
  const ay = Math.min(80, (box.bottom - box.top) / 3);
  const cx = Math.min(Math.max(x, box.left + ax + 4), box.right - ax - 4);
  const cy = Math.min(Math.max(y, box.top + ay + 4), box.bottom - ay - 4);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(cx, cy, { steps: 5 });
  const t0 = Date.now();
  let moves = 0;
  while (Date.now() - t0 < durationMs) {
    moves++;
    const phase = ((Date.now() - t0) / 1000) * 2 * Math.PI;
    await page.mouse.move(cx + ax * Math.sin(phase), cy + ay * Math.sin(phase * 0.5));
  }
  await page.mouse.up();
  const rec = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __moves: Set<string>; __rec: boolean };
    w.__rec = false;
    return { frames: w.__frames, moves: w.__moves.size };
  });
  if (rec.moves < 3) throw new Error('the pane did not move while dragged');
  const intervals = rec.frames.slice(1).map((t, i) => t - (rec.frames[i] as number));
  return {
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    frames: rec.frames.length,
    idleP95: percentile(idle, 95),
    moves,
  };
}
