import { expect, test, type Request } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';

test('once idle, the app prefetches what later features load (Monaco, QuickJS), without running it', async ({
  page,
}) => {
  const prefetched: Request[] = [];
  page.on('request', (r) => {
    if (/prefetch/i.test(r.headers()['sec-purpose'] ?? r.headers()['purpose'] ?? ''))
      prefetched.push(r);
  });
  const design = new DesignPage(page);
  await design.goto();
  await expect
    .poll(
      () => prefetched.map((r) => new URL(r.url()).pathname.replace(/-[\w-]{8}\.(\w+)$/, '.$1')),
      {
        timeout: 20_000,
      },
    )
    .toEqual(
      expect.arrayContaining([
        '/assets/ScriptEditor.js',
        '/assets/editor.api.js',
        '/assets/SimulatePanel.js',
        '/assets/sandbox.worker.js',
        '/assets/emscripten-module.wasm',
      ]),
    );
  // Fetched, not run: no Monaco editor and no worker until the user opens one.
  expect(
    await page.evaluate(
      () => 'monaco' in window || document.querySelector('.monaco-editor') !== null,
    ),
  ).toBe(false);
});
