import { expect, test, type Page } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import {
  buildAndDeployHelloWorld,
  CLIENT_ID,
  CLIENT_USER,
  SEND_ROLE,
  TenantPage,
} from './pages/TenantPage';

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

test('a refused call is in Monitor → Rejected Calls; deleting a deployed flow offers to undeploy it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const tenant = new TenantPage(page);
  const design = new DesignPage(page);
  await buildAndDeployHelloWorld(page);

  await test.step('a client without the role: the 403 names a heading that exists', async () => {
    await tenant.open('Security');
    await tenant.registerClient();
    await page.goBack();
    await tenant.deployment.getByRole('link', { name: 'Test in console' }).click();
    await expect(tenant.field('Authorization')).toHaveValue('oauth');
    await expect(tenant.field('Client ID')).toHaveValue(CLIENT_ID);
    const body = await tenant.send('403 Forbidden');
    // The CSRF token fetch (part of Send) is refused already: labelled, the POST not sent.
    await expect(tenant.response).toContainText('Response to CSRF token fetch: GET');
    await expect(tenant.response.getByRole('alert')).toContainText('the POST was not sent');
    expect(body).toContain(
      `Assign "${SEND_ROLE}" to "${CLIENT_USER}" under Security → Role Assignments`,
    );
    await tenant.open('Security');
    await expect(page.getByRole('heading', { level: 2, name: 'Role Assignments' })).toBeVisible();
  });

  await test.step('the Monitor lists the refusal with status, request, caller and reason', async () => {
    await tenant.open('Monitor');
    const rejected = page.getByRole('table', { name: 'Rejected Calls' });
    const row = rejected.getByRole('row').filter({ hasText: '403 Forbidden' }).first();
    await expect(row).toContainText('GET /http/v1/test/hello');
    await expect(row).toContainText(CLIENT_USER);
    await expect(row).toContainText(`does not have the role "${SEND_ROLE}"`);
    await expect(row).toContainText('Hello World');
  });

  await test.step('deleting the deployed flow says the deployment keeps serving', async () => {
    await tenant.open('Design');
    await page.getByRole('link', { name: 'Hello World Demo' }).click();
    await design.flowRow('Hello World').getByRole('button', { name: 'Delete' }).click();
    const dlg = tenant.dialog('Delete integration flow');
    await expect(dlg).toContainText('This flow is deployed');
    await expect(dlg).toContainText('keeps serving calls until undeployed');
    await expect(dlg.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dlg.getByRole('button', { name: 'Undeploy and delete' }).click();
    await expect(dlg).toBeHidden();
    await expect(design.flowRow('Hello World')).toHaveCount(0);
    await tenant.open('Manage Integration Content');
    await expect(page.getByText('Nothing is deployed.')).toBeVisible();
  });
});
