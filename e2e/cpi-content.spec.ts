import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { artifactZip, packageZip } from '../src/core/io/cpi/fixtures/archives';
import { fixtures } from '../src/core/io/cpi/fixtures/flows';
import { HELLO_JS, helloWorldIflw } from '../src/core/io/cpi/fixtures/iflwBuilder';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { SimulationPage } from './pages/SimulationPage';
import { appUrl, CLIENT_ID, CLIENT_USER, SEND_ROLE, TenantPage } from './pages/TenantPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** A CPI artifact whose HTTPS address is the externalised parameter {{Endpoint Path}}. */
function parameterisedZip(): Buffer {
  const iflw = helloWorldIflw({ address: '{{Endpoint Path}}' });
  return Buffer.from(
    artifactZip('Orders_Echo', 'Orders Echo', iflw, {
      'src/main/resources/script/script1.js': HELLO_JS,
      'src/main/resources/parameters.prop':
        '#Store parameters\nEndpoint\\ Path=/v1/cpi/orders\nOld\\ Host=legacy.example.com\n',
      'src/main/resources/parameters.propdef':
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?><parameters><parameter><name>Endpoint Path</name><type>xsd:string</type><isRequired>true</isRequired><description/></parameter></parameters>',
    }),
  );
}

/** Drops a binary file on an element, as when dragging it from the desktop. */
async function dropBinary(page: Page, target: Locator, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'application/zip' }));
      return dt;
    },
    { name, b64: bytes.toString('base64') },
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer });
}

test('a CPI archive dropped on a package: Configure its parameter, simulate, deploy, call it, monitor it, export', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  const sim = new SimulationPage(page);

  await test.step('drop the archive on the package page; the report opens the flow', async () => {
    await design.goto();
    await design.createPackage({ name: 'From CPI' });
    await dropBinary(page, page.locator('main'), 'Orders_Echo.zip', parameterisedZip());
    const report = design.dialog('Import report');
    await expect(report).toContainText('“Orders_Echo.zip”: 1 integration flow imported.');
    await expect(report).toContainText('2 externalised parameters');
    await report.getByRole('button', { name: 'Open “Orders Echo”' }).click();
    await editor.expectOpen('Orders Echo');
    await expect(editor.problems()).toContainText('No problems.');
  });

  await test.step('the adapter keeps {{Endpoint Path}} and shows its value', async () => {
    await editor.messageFlow('Sender', 'Start').first().click({ force: true });
    const props = editor.properties();
    await expect(props.getByLabel('Address', { exact: true })).toHaveValue('{{Endpoint Path}}');
    await expect(props).toContainText('{{Endpoint Path}} = /v1/cpi/orders');
  });

  await test.step('Configure: a bad value is refused with the reason, a good one is saved', async () => {
    await editor.clickEmptyCanvas();
    await editor.properties().getByRole('button', { name: 'Configure…' }).click();
    const dlg = design.dialog('Configure "Orders Echo"');
    await expect(dlg.getByRole('table', { name: 'Externalized parameters' })).toContainText(
      'HTTPS adapter (Sender → Start): Address',
    );
    const value = dlg.getByRole('textbox', { name: 'Value of Endpoint Path' });
    await expect(value).toHaveValue('/v1/cpi/orders');
    await value.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('v1 orders');
    await expect(dlg).toContainText('Address must start with "/" (value of {{Endpoint Path}})');
    await expect(dlg.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect(dlg).toContainText('Enter a value');
    await page.keyboard.type('/v1/cpi/configured');
    // A parameter no field uses can go.
    const table = dlg.getByRole('table', { name: 'Externalized parameters' });
    await expect(table.getByRole('row', { name: /Old Host/ })).toContainText('not used');
    await dlg.getByRole('button', { name: 'Remove Old Host' }).click();
    await expect(table.getByRole('row', { name: /Old Host/ })).toHaveCount(0);
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(dlg).toBeHidden();
    await expect(editor.properties()).toContainText('1 parameter');
    await expect(editor.problems()).toContainText('No problems.');
  });

  await test.step('simulate: the script runs', async () => {
    await sim.open();
    await sim.run();
    await sim.openStep('Script 1');
    await expect(sim.body(sim.messageAfter)).toContainText('Hello world from IFlow');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  });

  const endpoint = appUrl(page, 'http/v1/cpi/configured');
  await test.step('deploy: the tenant serves the configured address', async () => {
    await tenant.deploy();
    await expect(tenant.deployment.getByRole('code')).toHaveText(endpoint);
  });

  await test.step('register a client and its role, then call the flow from the test console', async () => {
    await tenant.open('Security');
    const secret = await tenant.registerClient();
    await tenant.assignRole(CLIENT_USER, SEND_ROLE);
    await tenant.open('Test Console');
    await tenant.field('URL').fill(endpoint);
    await tenant.useOAuth(CLIENT_ID, secret);
    expect(await tenant.send('200 OK')).toBe('Hello world from IFlow');
  });

  await test.step('the monitor lists the call', async () => {
    await tenant.open('Monitor');
    const row = tenant.messages
      .getByRole('row')
      .filter({ hasText: 'POST /http/v1/cpi/configured' });
    await expect(row).toContainText('Orders Echo');
    await expect(row).toContainText('Completed');
  });

  await test.step('export: parameters.prop carries the configured value', async () => {
    await tenant.open('Design');
    await page.getByRole('link', { name: 'From CPI' }).click();
    await design.openFlow('Orders Echo');
    await editor.expectOpen('Orders Echo');
    const download = page.waitForEvent('download');
    await editor.chooseExport('CPI archive');
    const d = await download;
    const files = unzipSync(new Uint8Array(await readFile(await d.path())));
    const prop = strFromU8(files['src/main/resources/parameters.prop']!);
    expect(prop).toContain('Endpoint\\ Path=/v1/cpi/configured');
    expect(prop).not.toContain('Old');
    const iflw = Object.entries(files).find(([k]) => k.endsWith('.iflw'))![1];
    expect(strFromU8(iflw)).toContain('{{Endpoint Path}}');
  });

  await test.step("the package's Configure action opens the flow with its parameters", async () => {
    await editor.backToPackage();
    await design.flowRow('Orders Echo').getByRole('button', { name: 'Configure' }).click();
    const dlg = design.dialog('Configure "Orders Echo"');
    await expect(dlg.getByRole('textbox', { name: 'Value of Endpoint Path' })).toHaveValue(
      '/v1/cpi/configured',
    );
    await page.keyboard.press('Escape');
    await expect(dlg).toBeHidden();
    await editor.expectOpen('Orders Echo');
  });
});

test('a CPI package export dropped on the Design view creates the package with all its flows', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const hello = artifactZip('Hello_World', 'Hello World', helloWorldIflw(), {
    'src/main/resources/script/script1.js': HELLO_JS,
  });
  const zip = packageZip(
    {
      name: 'Orders Integration',
      technicalName: 'OrdersIntegration',
      shortText: 'Orders in and out',
      description: 'Three flows',
    },
    [
      { id: 'f1', name: 'Hello World', zip: hello },
      { id: 'f2', name: 'Orders Echo', zip: new Uint8Array(parameterisedZip()) },
      {
        id: 'f3',
        name: 'Hello Again',
        zip: artifactZip('Hello_Again', 'Hello Again', helloWorldIflw(), {
          'src/main/resources/script/script1.js': HELLO_JS,
        }),
      },
    ],
  );
  await design.goto();
  await dropBinary(page, page.locator('main'), 'OrdersIntegration.zip', Buffer.from(zip));
  const report = design.dialog('Import report');
  await expect(report).toContainText('3 integration flows imported');
  await report.getByRole('button', { name: 'Open the package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders Integration' })).toBeVisible();
  await expect(design.flowRow('Orders Echo')).toBeVisible();
  expect((await design.flowNames()).sort()).toEqual(['Hello Again', 'Hello World', 'Orders Echo']);
  await design.openFlow('Orders Echo');
  await editor.expectOpen('Orders Echo');
  await expect(editor.problems()).toContainText('No problems.');
});

test('a Local Integration Process comes in as a pool of its own under the Integration Process, and runs through its call', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const sim = new SimulationPage(page);
  const local = fixtures().find((f) => f.name === 'Local Process')!;
  await design.goto();
  await design.createPackage({ name: 'Local Processes' });
  await dropBinary(page, page.locator('main'), 'Local_Process.zip', Buffer.from(local.zip));
  const report = design.dialog('Import report');
  await expect(report).toContainText('1 Local Integration Process');
  await report.getByRole('button', { name: /^Open “/ }).click();
  await expect(editor.node('Enrich Order')).toBeVisible();

  // CPI draws it below the Integration Process (40 px apart), not inside it.
  const main = await editor.node('Integration Process').boundingBox();
  const lip = await editor.box('Enrich Order');
  expect(main).not.toBeNull();
  expect(lip.y).toBeGreaterThan(main!.y + main!.height);
  expect(Math.abs(lip.x - main!.x)).toBeLessThanOrEqual(2);
  const zoom = lip.width / 620;
  expect(Math.abs(lip.y - (main!.y + main!.height) - 40 * zoom)).toBeLessThanOrEqual(3);

  await sim.open();
  await sim.run();
  await sim.openStep('End');
  await expect(sim.body(sim.messageAfter)).toContainText('via local');
});
