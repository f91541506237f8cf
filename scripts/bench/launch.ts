import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium as the e2e tests use it: Debian's when present, else Playwright's own. */
export function launchChromium(): Promise<Browser> {
  const path = process.env.IFS_CHROMIUM ?? DEBIAN_CHROMIUM;
  return chromium.launch({
    ...(existsSync(path) ? { executablePath: path } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
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
