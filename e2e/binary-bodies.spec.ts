import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { appUrl, CLIENT_ID, CLIENT_USER, SEND_ROLE, TenantPage } from './pages/TenantPage';
import { zipFlow } from './fixtures/zipFlow';

const ORDER = '<order id="7">Grüße</order>';

test('binary bodies through the tenant: a ZIP file sent from the Test Console is unzipped, a zipped answer downloads as its bytes', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);

  await test.step('import and deploy a ZIP Decompression flow and a ZIP Compression flow', async () => {
    await design.goto();
    await design.createPackage({ name: 'Files' });
    for (const [id, type, address] of [
      ['Unzip', 'zipDecompressor', '/v1/unzip'],
      ['Zip', 'zipCompressor', '/v1/zip'],
    ] as const) {
      await design.importFlow({
        name: `${id}.flow.json`,
        text: JSON.stringify(zipFlow(id, type, address)),
      });
      await design.openFlow(id);
      await editor.expectOpen(id);
      await expect(editor.problems()).toContainText('No problems.');
      await tenant.deploy();
      await editor.backToPackage();
    }
    await tenant.open('Security');
    const secret = await tenant.registerClient();
    await tenant.assignRole(CLIENT_USER, SEND_ROLE);
    await tenant.open('Test Console');
    await tenant.useOAuth(CLIENT_ID, secret);
  });

  await test.step('send a ZIP file: the flow answers the text inside', async () => {
    await tenant.field('URL').fill(appUrl(page, 'http/v1/unzip'));
    const chooser = page.waitForEvent('filechooser');
    await tenant.field('Body file').click();
    await (
      await chooser
    ).setFiles({
      name: 'order.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync({ 'order.xml': strToU8(ORDER) })),
    });
    await expect(tenant.request).toContainText(
      /The file order\.zip \(\d+ bytes, application\/zip\) is sent as the body/,
    );
    expect(await tenant.send('200 OK')).toBe(ORDER);
  });

  await test.step('send text to the ZIP Compression flow: a binary answer, downloaded byte for byte', async () => {
    await tenant.request.getByRole('button', { name: 'Remove file' }).click();
    await expect(tenant.request).not.toContainText('is sent as the body');
    await tenant.field('URL').fill(appUrl(page, 'http/v1/zip'));
    await tenant.field('Body').fill(ORDER);
    await tenant.send('200 OK');
    await expect(tenant.responseBody).toContainText(
      /^Binary body, \d+ bytes, application\/octet-stream/,
    );
    // A hex preview, never mojibake: the ZIP's "PK" signature.
    await expect(tenant.responseBody.getByLabel(/First bytes of the response body/)).toContainText(
      '000000  50 4b 03 04',
    );
    const download = page.waitForEvent('download');
    await tenant.responseBody.getByRole('button', { name: 'Download response body' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.bin$/);
    const bytes = new Uint8Array(await readFile((await file.path())!));
    expect(Object.values(unzipSync(bytes)).map((f) => strFromU8(f))).toEqual([ORDER]);
  });

  await test.step('the message log shows the binary body of the trace, not as text', async () => {
    await tenant.open('Monitor');
    const row = tenant.messages.getByRole('row').filter({ hasText: 'POST /http/v1/zip' });
    await expect(row).toContainText('Completed');
    await row.getByRole('link').first().click();
    await page.getByText('Zip 1', { exact: false }).first().click();
    await expect(page.getByRole('button', { name: 'Download body after Zip 1' })).toBeVisible();
    await expect(page.getByText(/^Binary body, \d+ bytes$/).first()).toBeVisible();
  });
});
