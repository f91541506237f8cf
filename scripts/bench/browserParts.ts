// Every Chromium figure, against the app built into a temporary folder and served with
// `vite preview` (127.0.0.1:5110-5119). Each part turns its own failure into n/a rows.
import type { Browser, Page } from '@playwright/test';
import type { EngineBench } from '../bench-engine';
import { helloWorldBase } from '../../src/core/io/fixtures/helloWorld';
import { helloWorldFlow } from '../../src/core/tenant/testFixtures';
import { JSON_10KB, tenKbBody } from '../bench-sandbox';
import { bigFlow, throughImport } from './bigFlow';
import { canvasInitScript, openBigFlow, panFlow } from './canvasBench';
import { round, withTimeout, type Figures } from './figures';
import { newBenchContext } from './launch';
import { loadedJsBeforeCanvas } from './loadedJs';
import { addEngineFigures, engineLabels } from './nodeParts';
import { previewLatency } from './previewLatency';
import { seedWorkspace } from './seedWorkspace';
import type { SwTenantResult } from './page/tenantThroughServiceWorker';
import { summary, type SaveCost } from '../bench-autosave';

export const LABELS = {
  loadedJs: 'initial JS loaded in Chromium before the canvas is usable',
  openInApp: 'open 1,000-step flow (route change → nodes rendered + 2 frames)',
  openCold: 'open 1,000-step flow, cold page load (navigation start → same)',
  pan: 'pan 1,000-step flow: p95 frame interval',
  previewP50: 'live preview latency p50 (run start → result painted)',
  previewP95: 'live preview latency p95',
  previewJsonP50: 'live preview latency p50, 10 KB JSON body parsed, changed, written back',
  previewJsonP95: 'live preview latency p95, 10 KB JSON body',
  sw: 'Hello World with OAuth (token check + run), Chromium Service Worker',
  autosave: 'autosave after a 1-step move, 1,000 steps: main thread busy (Chromium)',
};
export const ENGINE_WORKER = 'Chromium Web Worker';
export const ENGINE_PAGE = 'Chromium page + sandbox worker';

const STEPS = 1000;
const BIG_ID = 'Bench_1000';
const HELLO_ID = 'Bench_Hello';
const JSON_ID = 'Bench_Json10';

/** Hello World's shape with the 10 KB JSON script and a 10 KB sample body for its preview. */
function jsonPreviewFlow() {
  const flow = helloWorldBase({ id: JSON_ID, name: 'JSON 10 KB', script: JSON_10KB });
  flow.samples = {
    ...flow.samples,
    Script_1: {
      body: tenKbBody(),
      headers: { 'Content-Type': 'application/json' },
      properties: {},
    },
  };
  return throughImport(flow);
}

interface BenchApi {
  engineInWorker(budgetMs: number): Promise<EngineBench>;
  engineOnPage(budgetMs: number): Promise<EngineBench>;
  tenantThroughServiceWorker(o: { budgetMs: number }): Promise<SwTenantResult>;
  autosave: {
    open(steps: number): Promise<void>;
    move(): void;
    saveChanges(): Promise<SaveCost>;
    saveWhole(): Promise<SaveCost>;
    resync(): Promise<void>;
    saveOneRecord(): Promise<SaveCost>;
    close(): Promise<void>;
  };
}
type BenchWindow = Window & { __bench: BenchApi };

export async function designerAndPreviewFigures(browser: Browser, url: string, figures: Figures) {
  const ctx = await newBenchContext(browser, [canvasInitScript()]);
  try {
    const big = bigFlow(STEPS, BIG_ID);
    const hello = throughImport(helloWorldFlow({ id: HELLO_ID, name: 'Hello World' }));
    const seeder = await ctx.newPage();
    await seeder.goto(url);
    await seeder.waitForFunction(
      () => (document.getElementById('root')?.childElementCount ?? 0) > 0,
    );
    await seedWorkspace(seeder, [big, hello, jsonPreviewFlow()]);
    await seeder.close();

    await figures.part('#2 designer', [LABELS.loadedJs], async () => {
      const r = await loadedJsBeforeCanvas(ctx, url, HELLO_ID);
      figures.add({
        area: '#2 designer',
        label: LABELS.loadedJs,
        value: round(r.kb, 1),
        unit: 'KB gzip',
        target: '≤ 200',
        note: `${r.files.length} scripts, Hello World flow opened by URL, cache off`,
        details: r.files,
      });
    });

    await figures.part('#2 designer', [LABELS.openInApp, LABELS.openCold, LABELS.pan], async () => {
      const expected = big.process.steps.length;
      const { page, result } = await openBigFlow(ctx, url, BIG_ID, expected);
      const shape = `${STEPS} steps + Start/End, ${big.process.sequenceFlows.length} sequence flows`;
      figures.add({
        area: '#2 designer',
        label: LABELS.openInApp,
        value: Math.round(result.inAppMs),
        unit: 'ms',
        target: '≤ 1500',
        note: `${shape}; ${result.nodes} nodes in the DOM`,
      });
      figures.add({
        area: '#2 designer',
        label: LABELS.openCold,
        value: Math.round(result.coldMs),
        unit: 'ms',
        note: 'includes loading the app',
      });
      const pan = await panFlow(page);
      figures.add({
        area: '#2 designer',
        label: LABELS.pan,
        value: round(pan.p95, 1),
        unit: 'ms',
        target: '≤ 33',
        note: `p50 ${round(pan.p50, 1)} ms, max ${round(pan.max, 1)} ms, ${pan.frames} frames, ${pan.moves} mouse moves in ~2 s of drag; idle p95 ${round(pan.idleP95, 1)} ms`,
      });
      await page.close();
    });

    await figures.part('#3 script', [LABELS.previewP50, LABELS.previewP95], async () => {
      const r = await previewLatency(ctx, url, HELLO_ID, 50);
      const note = `${r.samples} edits; Script editor's own "ifs-preview-latency" measure`;
      figures.add({
        area: '#3 script',
        label: LABELS.previewP50,
        value: round(r.p50, 1),
        unit: 'ms',
        note,
      });
      figures.add({
        area: '#3 script',
        label: LABELS.previewP95,
        value: round(r.p95, 1),
        unit: 'ms',
        target: '≤ 50',
      });
    });

    await figures.part('#3 script', [LABELS.previewJsonP50, LABELS.previewJsonP95], async () => {
      const r = await previewLatency(ctx, url, JSON_ID, 30);
      figures.add({
        area: '#3 script',
        label: LABELS.previewJsonP50,
        value: round(r.p50, 1),
        unit: 'ms',
        note: `${r.samples} edits on the ${tenKbBody().length}-byte sample`,
      });
      figures.add({
        area: '#3 script',
        label: LABELS.previewJsonP95,
        value: round(r.p95, 1),
        unit: 'ms',
        target: '≤ 50',
      });
    });
  } finally {
    await ctx.close();
  }
}

/** Engine and Service Worker figures from the bench-only page built into <app>/bench/. */
export async function benchPageFigures(
  browser: Browser,
  url: string,
  figures: Figures,
  pageProblem: string | null,
) {
  const engineRows = [...engineLabels(ENGINE_WORKER), ...engineLabels(ENGINE_PAGE)];
  if (pageProblem) {
    figures.na('#4 simulation', engineRows, pageProblem);
    figures.na('#5 tenant', [LABELS.sw], pageProblem);
    return;
  }
  const ctx = await newBenchContext(browser);
  try {
    const page = await ctx.newPage();
    await page.goto(`${url}bench/index.html`);
    await page.waitForFunction(() => '__bench' in window, undefined, { timeout: 30_000 });
    await figures.part('#4 simulation', engineLabels(ENGINE_WORKER), async () => {
      const r = await withTimeout(
        page.evaluate((b) => (window as unknown as BenchWindow).__bench.engineInWorker(b), 1000),
        60_000,
        'engine in a Web Worker',
      );
      addEngineFigures(figures, ENGINE_WORKER, r);
    });
    await figures.part('#4 simulation', engineLabels(ENGINE_PAGE), async () => {
      const r = await withTimeout(
        page.evaluate((b) => (window as unknown as BenchWindow).__bench.engineOnPage(b), 1000),
        60_000,
        'engine on the page',
      );
      addEngineFigures(figures, ENGINE_PAGE, r);
    });
    await figures.part('#5 tenant', [LABELS.sw], async () => {
      const r = await withTimeout(
        page.evaluate(
          (budgetMs) =>
            (window as unknown as BenchWindow).__bench.tenantThroughServiceWorker({ budgetMs }),
          3000,
        ),
        60_000,
        'tenant through the Service Worker',
      );
      figures.add({
        area: '#5 tenant',
        label: LABELS.sw,
        value: Math.round(r.requestsPerSecond),
        unit: 'req/s',
        note: `${round(r.meanMs, 2)} ms mean, p95 ${round(r.p95Ms, 2)} ms over ${r.requests} fetches`,
      });
    });
    await figures.part('#13 designer', [LABELS.autosave], () =>
      withTimeout(autosaveInChromium(page, figures), 120_000, 'autosave in Chromium'),
    );
  } finally {
    await ctx.close();
  }
}

/**
 * The renderer main thread's busy time (CDP TaskDuration) while the app's workspace store saves
 * a 1-step move of a 1,000-step flow into Chromium's IndexedDB, against a whole write of the
 * same flow and history. Median of 15 saves after 2 warm-up rounds.
 */
async function autosaveInChromium(page: Page, figures: Figures): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busyMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  // What a round trip to the page costs the main thread by itself: taken off each save.
  const idle: number[] = [];
  for (let i = 0; i < 9; i++) {
    const before = await busyMs();
    await page.evaluate(() => undefined);
    idle.push((await busyMs()) - before);
  }
  const roundTrip = summary(idle.map((ms) => ({ ms, records: 0, kb: 0 }))).ms;
  /** A save's cost with its main-thread time in place of its wall time. */
  const timed = async (what: 'saveChanges' | 'saveWhole' | 'saveOneRecord'): Promise<SaveCost> => {
    const before = await busyMs();
    const cost = await page.evaluate(
      (w) => (window as unknown as BenchWindow).__bench.autosave[w](),
      what,
    );
    return { ...cost, ms: Math.max(0, (await busyMs()) - before - roundTrip) };
  };
  await page.evaluate(
    (steps) => (window as unknown as BenchWindow).__bench.autosave.open(steps),
    STEPS,
  );
  const changes: SaveCost[] = [];
  const whole: SaveCost[] = [];
  const one: SaveCost[] = [];
  for (let i = 0; i < 17; i++) {
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.autosave.move());
    const c = await timed('saveChanges');
    const w = await timed('saveWhole');
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.autosave.resync());
    const o = await timed('saveOneRecord');
    if (i < 2) continue;
    changes.push(c);
    whole.push(w);
    one.push(o);
  }
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.autosave.close());
  const c = summary(changes);
  const w = summary(whole);
  const o = summary(one);
  figures.add({
    area: '#13 designer',
    label: LABELS.autosave,
    value: c.ms,
    unit: 'ms',
    target: 'proportional to the change',
    note: `${c.records} records, ${c.kb} KB; the whole flow as parts: ${w.ms} ms (${w.records} records); as one record (database version 1): ${o.ms} ms, ${o.kb} KB; a page round trip (${round(roundTrip, 2)} ms) taken off`,
  });
}
