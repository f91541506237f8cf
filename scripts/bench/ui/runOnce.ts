// One cold run of `npm run bench:ui` over one flow: a fresh browser context (empty HTTP cache,
// empty IndexedDB), the flow written into the app's IndexedDB from a page that does not run
// the app, then the flow opened by URL and measured as a user would use it.
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import type { Flow } from '../../../src/core/model/flow';
import { gzipKb, isPrefetch } from '../buildApp';
import { newBenchContext } from '../launch';
import { flowHash, writeWorkspace } from '../seedWorkspace';
import { percentile } from '../stats';
import { probesInitScript, type BenchPage, type Expectation } from './probes';

/** Figures of the interactions, measured in one view of the flow. */
export interface ViewFigures {
  heapMb: number;
  panP95: number;
  dragP95: number;
  selectAllMs: number;
  undoMs: number;
  redoMs: number;
}

export interface RunFigures extends ViewFigures {
  loadMs: number;
  paintedMs: number;
  jsKb: number;
  jsFiles: number;
  swKb: number | null;
  /** The same interactions with the whole flow in view ("Fit view"), for the big flows. */
  whole: ViewFigures | null;
  deleteMs: number | null;
  deleted: number | null;
  /** Main-thread busy ms per interaction (key name, or "load" up to usable). */
  busy: Record<string, number>;
}

export interface RunTarget {
  flow: Flow;
  /** The step clicked for "usable" and dragged. */
  clickId: string;
  /** Box corners (step ids) of the 500 steps deleted, or null when the flow is smaller. */
  deleteBox: { from: string; to: string; stepsInside: number } | null;
}

async function waitResult(page: Page, what: string): Promise<number> {
  const h = await page.waitForFunction(
    () => (window as unknown as BenchPage).__benchResult,
    undefined,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  const r = (await h.jsonValue()) as { ms: number } | null;
  if (!r) throw new Error(`${what}: no result`);
  return r.ms;
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** The renderer main thread's busy time so far (ms): less sensitive to a loaded machine. */
async function taskMs(cdp: Cdp): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Main-thread busy time of each timed interaction of the current run, by name. */
let busy: Record<string, number> = {};

/**
 * Presses `keys` and returns ms from its keydown to the frame that shows `expect`; the main
 * thread's busy time is kept under `view` + `keys`.
 */
async function timedKey(page: Page, keys: string, expect: Expectation, view = ''): Promise<number> {
  const cdp = cdps.get(page);
  const before = cdp ? await taskMs(cdp) : 0;
  await page.evaluate((e) => (window as unknown as BenchPage).__benchArm(e), expect);
  await page.keyboard.press(keys);
  const ms = await waitResult(page, keys);
  if (cdp) busy[view + keys] = (await taskMs(cdp)) - before;
  return ms;
}
const cdps = new WeakMap<Page, Cdp>();

async function nodeBox(page: Page, id: string) {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return box;
}

const transformOf = (page: Page, id: string) =>
  page.evaluate(
    (i) =>
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${i}"]`)?.style.transform ??
      '',
    id,
  );

/** rAF intervals while `act` runs (p95 in ms). */
async function frameP95(page: Page, name: string, act: () => Promise<void>): Promise<number> {
  const cdp = cdps.get(page);
  const before = cdp ? await taskMs(cdp) : 0;
  await page.evaluate(() => {
    const w = window as unknown as BenchPage;
    w.__benchFrames = [];
    w.__benchRecording = true;
    const tick = (t: number) => {
      w.__benchFrames.push(t);
      if (w.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const frames = await page.evaluate(() => {
    (window as unknown as BenchPage).__benchRecording = false;
    return (window as unknown as BenchPage).__benchFrames;
  });
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] as number));
  if (intervals.length < 10) throw new Error('too few frames recorded');
  // Busy ms per frame: what one frame costs the main thread, whatever the machine's load.
  if (cdp) busy[name] = ((await taskMs(cdp)) - before) / intervals.length;
  return percentile(intervals, 95);
}

/** Holds the mouse down at (x, y) and swings it around for `ms` (a pan or a drag). */
async function swing(page: Page, x: number, y: number, ms: number, reach: number) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 10, { steps: 3 });
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    const phase = ((Date.now() - t0) / 1000) * 2 * Math.PI;
    await page.mouse.move(x + reach * Math.sin(phase), y + (reach / 2) * Math.sin(phase / 2));
  }
  await page.mouse.up();
}

/** An empty spot of the pane near the middle of the canvas, for panning. */
async function paneSpot(page: Page) {
  const spot = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box) return null;
    const cx = (box.left + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (let y = box.top + 20; y < box.bottom - 20; y += 10)
      for (let x = box.left + 20; x < box.right - 20; x += 10) {
        const d = Math.abs(x - cx) + Math.abs(y - cy);
        if (best && d >= best.d) continue;
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane')) best = { x, y, d };
      }
    return best;
  });
  if (!spot) throw new Error('no empty canvas area to grab');
  return spot;
}

/** Box-selects (Shift+drag from outside the pool) up to the step `to`, then times Delete. */
async function deleteInBox(page: Page, box: NonNullable<RunTarget['deleteBox']>) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.react-flow__node.selected'));
  const pool = await page.locator('.react-flow__node-pool').boundingBox();
  const corner = await nodeBox(page, box.to);
  if (!pool) throw new Error('no pool on screen');
  await page.keyboard.down('Shift');
  await page.mouse.move(pool.x - 4, pool.y - 4);
  await page.mouse.down();
  await page.mouse.move(corner.x + corner.width + 4, corner.y + corner.height + 4, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.waitForTimeout(300);
  const selected = await page.evaluate(
    () =>
      document.querySelectorAll('.react-flow__node.selected:not(.react-flow__node-pool)').length,
  );
  if (selected < box.stepsInside)
    throw new Error(`box selected ${selected} of ${box.stepsInside} steps`);
  const ms = await timedKey(page, 'Delete', { kind: 'gone', id: box.from });
  return { ms, selected };
}

/** Heap, pan, drag, select all, undo and redo in the current view; busy times under `view`. */
async function interactions(page: Page, clickId: string, view: string): Promise<ViewFigures> {
  const cdp = cdps.get(page);
  if (!cdp) throw new Error('no CDP session');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  const spot = await paneSpot(page);
  const panP95 = await frameP95(page, `${view}pan`, () => swing(page, spot.x, spot.y, 2000, 120));
  await page.waitForTimeout(300);
  const drag = await nodeBox(page, clickId);
  const dragP95 = await frameP95(page, `${view}drag`, () =>
    swing(page, drag.x + drag.width / 2, drag.y + drag.height / 2, 2000, 60),
  );
  await page.waitForTimeout(300);
  // The drag left the step selected and focused: select all, nudge all, undo, redo.
  await page.locator(`.react-flow__node[data-id="${clickId}"]`).focus();
  const selectAllMs = await timedKey(page, 'Control+a', { kind: 'allSelected' }, view);
  await page.waitForTimeout(300);
  const from = await transformOf(page, clickId);
  await timedKey(page, 'ArrowRight', { kind: 'moved', id: clickId, from }, view);
  await page.waitForTimeout(300);
  const to = await transformOf(page, clickId);
  // Undo, then redo: each timed until the step is drawn where it was (then where it went).
  const timedTo = (keys: string, transform: string) =>
    timedKey(page, keys, { kind: 'transform', id: clickId, transform }, view);
  const undoMs = await timedTo('Control+z', from);
  await page.waitForTimeout(300);
  const redoMs = await timedTo('Control+Shift+z', to);
  await page.waitForTimeout(300);
  return { heapMb: heap.usedSize / 1024 / 1024, panP95, dragP95, selectAllMs, undoMs, redoMs };
}

export async function runOnce(browser: Browser, url: string, t: RunTarget): Promise<RunFigures> {
  const ctx = await newBenchContext(browser, [probesInitScript(t.clickId)]);
  try {
    const seeder = await ctx.newPage();
    await seeder.goto(`${url}schema/flow.v1.json`);
    await writeWorkspace(seeder, [t.flow]);
    await seeder.close();

    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    cdps.set(page, cdp);
    busy = {};
    await cdp.send('Performance.enable');
    await cdp.send('Network.clearBrowserCache');
    const scripts: Promise<{ url: string; kb: number; at: number }>[] = [];
    const onResponse = (res: Response) => {
      const isJs = res.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(res.url());
      // What the app prefetches when idle for later features is not needed to be usable.
      if (!isJs || isPrefetch(res)) return;
      const at = Date.now();
      scripts.push(
        res.body().then(
          (body) => ({ url: res.url(), kb: gzipKb(body), at }),
          () => ({ url: res.url(), kb: 0, at }),
        ),
      );
    };
    page.on('response', onResponse);
    await page.goto(url + flowHash(t.flow.id));
    const paintedMs = await page.evaluate(() => (window as unknown as BenchPage).__benchPainted);
    // Usable: a click on a step selects it (timed from navigation start).
    const box = await nodeBox(page, t.clickId);
    await page.evaluate(
      (id) => (window as unknown as BenchPage).__benchArm({ kind: 'selected', id }, true),
      t.clickId,
    );
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitResult(page, 'select on click');
    const usable = await page.evaluate(() => ({
      at: (window as unknown as BenchPage).__benchResult?.at ?? 0,
      origin: performance.timeOrigin,
    }));
    const usableWall = usable.origin + usable.at;
    busy.load = await taskMs(cdp);
    page.off('response', onResponse);
    const loaded = await Promise.all(scripts);
    const before = loaded.filter((s) => s.at <= usableWall);
    const isSw = (u: string) => /\/sw\.js(\?|$)/.test(u);
    const js = before.filter((s) => !isSw(s.url));
    const sw = before.filter((s) => isSw(s.url));
    // IFS_BENCH_LIST=1: which scripts were fetched before usable, largest first.
    if (process.env.IFS_BENCH_LIST)
      for (const f of [...js].sort((a, b) => b.kb - a.kb))
        console.log(`    ${f.kb.toFixed(1).padStart(6)} KB  ${new URL(f.url).pathname}`);

    const here = await interactions(page, t.clickId, '');
    let whole: ViewFigures | null = null;
    if (t.deleteBox) {
      // A big flow opens at 100 % on its start (only that part is rendered): the same again
      // with all of it drawn, as "Fit view" shows it.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(800);
      whole = await interactions(page, t.clickId, 'whole ');
    }

    const del = t.deleteBox ? await deleteInBox(page, t.deleteBox).catch(() => null) : null;
    return {
      loadMs: usable.at,
      paintedMs,
      jsKb: js.reduce((s, f) => s + f.kb, 0),
      jsFiles: js.length,
      swKb: sw.length ? sw.reduce((s, f) => s + f.kb, 0) : null,
      ...here,
      whole,
      busy: { ...busy },
      deleteMs: del?.ms ?? null,
      deleted: del?.selected ?? null,
    };
  } finally {
    await ctx.close();
  }
}
