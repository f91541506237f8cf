// Issue 3: live preview latency in Chromium, read from the Script editor's own performance
// measure (src/ui/script: `ifs-preview-latency`, from the debounced run starting to its result
// painted), over `edits` single-character edits typed into Monaco.
import type { BrowserContext } from '@playwright/test';
import { percentile } from './stats';
import { flowHash } from './seedWorkspace';

const MEASURE = 'ifs-preview-latency';

export async function previewLatency(
  ctx: BrowserContext,
  url: string,
  flowId: string,
  edits = 50,
): Promise<{ p50: number; p95: number; samples: number }> {
  const page = await ctx.newPage();
  try {
    await page.goto(url + flowHash(flowId));
    const script = page.locator('.react-flow__node', { hasText: 'Script 1' }).first();
    await script.waitFor({ timeout: 30_000 });
    await script.dblclick();
    await page.waitForFunction(() => '__ifsMonaco' in window, undefined, { timeout: 30_000 });
    // The editor runs the script once when it opens: wait for that first painted result.
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MEASURE, {
      timeout: 30_000,
    });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n// bench ');
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 1, MEASURE);
    await page.evaluate((m) => performance.clearMeasures(m), MEASURE);
    for (let i = 1; i <= edits; i++) {
      await page.keyboard.insertText('x');
      await page.waitForFunction(
        ({ m, n }) => performance.getEntriesByName(m, 'measure').length >= n,
        { m: MEASURE, n: i },
        { timeout: 10_000 },
      );
    }
    const durations = await page.evaluate(
      (m) => performance.getEntriesByName(m, 'measure').map((e) => e.duration),
      MEASURE,
    );
    if (durations.length === 0) throw new Error(`no "${MEASURE}" measures recorded`);
    return {
      p50: percentile(durations, 50),
      p95: percentile(durations, 95),
      samples: durations.length,
    };
  } finally {
    await page.close();
  }
}
