import { existsSync } from 'node:fs';

/** Flags for headless Chromium in containers and CI: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's Chromium (or IFS_CHROMIUM) when present, since Playwright cannot download browsers
 * on every machine; undefined means Playwright's own Chromium. Shared by the e2e tests and the
 * bench so both measure the same browser.
 */
export function chromiumExecutable(): string | undefined {
  const path = process.env.IFS_CHROMIUM ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}
