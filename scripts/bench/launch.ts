import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

/** Headless Chromium as the e2e tests use it: Debian's when present, else Playwright's own. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * A fresh context (its own IndexedDB and cache). tsx compiles with keepNames, so functions
 * shipped to page.evaluate call `__name`; the page gets a no-op one.
 */
export async function newBenchContext(browser: Browser, initScripts: string[] = []) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(['globalThis.__name = (f) => f;', ...initScripts].join('\n'));
  return ctx;
}
