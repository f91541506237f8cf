import { expect, test, type Page } from '@playwright/test';
import { buildAndDeployHelloWorld, TenantPage } from './pages/TenantPage';

/** The vertical centres of the header's visible children, rounded: one line → one value. */
async function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.ifs-editor-header');
    if (!header) return -1;
    const items = [
      ...header.querySelectorAll<HTMLElement>('button, a, input, code, .tenant-status'),
    ];
    const tops = new Set(
      items
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return Math.round((r.top + r.height / 2) / 12);
        }),
    );
    return tops.size;
  });
}

test('the flow editor header fits on one line at 1,280 and 1,440 px, after Deploy too', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const tenant = new TenantPage(page);
  const { endpoint } = await buildAndDeployHelloWorld(page);
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.mouse.move(600, 500);
    await expect(tenant.deployment).toContainText('Started');
    await page.screenshot({ path: test.info().outputPath(`header-${width}.png`) });
    expect(await headerRows(page), `header rows at ${width} px`).toBe(1);
    // Nothing is cut off at the right edge, and the flow name keeps room to be read.
    const console = tenant.deployment.getByRole('link', { name: 'Test in console' });
    const box = (await console.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const name = page.getByRole('textbox', { name: 'Flow name' });
    expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    // The endpoint: whole in its tip on keyboard focus, and copyable.
    const code = tenant.deployment.getByRole('code');
    await code.focus();
    const tip = tenant.deployment.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(endpoint);
    await expect(tip).toContainText('CPI runtime: https://ifs-tenant.local/http/v1/test/hello');
    await page.screenshot({ path: test.info().outputPath(`header-${width}-focus.png`) });
    await page.keyboard.press('Tab');
    await expect(tenant.deployment.getByRole('button', { name: 'Copy endpoint' })).toBeFocused();
    await expect(tip).toBeHidden();
  }

  // An edit after Deploy adds "Modified": still one line at 1,280 px.
  await page.setViewportSize({ width: 1280, height: 800 });
  const name = page.getByRole('textbox', { name: 'Flow name' });
  await name.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' v2');
  await expect(tenant.deployment).toContainText('Modified since deployment');
  await page.mouse.move(600, 500);
  await page.screenshot({ path: test.info().outputPath('header-1280-modified.png') });
  expect(await headerRows(page)).toBe(1);
  const link = tenant.deployment.getByRole('link', { name: 'Test in console' });
  const box = (await link.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
});
