// Issue 2: JavaScript actually loaded before the flow canvas is usable, as Chromium fetches it
// (cache disabled), gzip size computed on the response bodies.
import type { BrowserContext, Response } from '@playwright/test';
import { gzipKb, isPrefetch } from './buildApp';
import { flowHash } from './seedWorkspace';

export async function loadedJsBeforeCanvas(ctx: BrowserContext, url: string, flowId: string) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending: Promise<{ url: string; kb: number } | null>[] = [];
  const onResponse = (res: Response) => {
    const type = res.request().resourceType();
    const isJs = type === 'script' || /\.m?js(\?|$)/.test(res.url());
    // sw.js is fetched by the Service Worker registration, not needed to draw the canvas.
    if (!isJs || /\/sw\.js(\?|$)/.test(res.url()) || isPrefetch(res)) return;
    pending.push(
      res.body().then(
        (body) => ({ url: res.url(), kb: gzipKb(body) }),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await page.goto(url + flowHash(flowId));
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.react-flow__node').length > 0 &&
      !document.querySelector<HTMLElement>('.react-flow__node[style*="visibility: hidden"]'),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  page.off('response', onResponse);
  const files = (await Promise.all(pending)).filter((f) => f !== null);
  await page.close();
  return {
    kb: files.reduce((s, f) => s + f.kb, 0),
    files: files.map((f) => `${new URL(f.url).pathname} ${f.kb.toFixed(1)} KB`),
  };
}
