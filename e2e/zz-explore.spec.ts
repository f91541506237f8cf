import { test } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
test.use({ viewport: { width: 1440, height: 900 } });

test('explore', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  console.log('before', JSON.stringify(await editor.box('End')));
  await editor.dragNode('End', -80, 60);
  await page.waitForTimeout(500);
  console.log('after', JSON.stringify(await editor.box('End')));
  await editor.dragNode('End', -80, 0);
  await page.waitForTimeout(500);
  console.log('after2', JSON.stringify(await editor.box('End')));
  await page.screenshot({ path: '/tmp/j-explore/drag.png' });
});
