import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import type { FlowFile } from './fixtures/flowFile';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { SimulationPage } from './pages/SimulationPage';
import { CLIENT_ID, CLIENT_USER, SEND_ROLE, TenantPage } from './pages/TenantPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('Write Variables keeps a header as a local variable; a Content Modifier reads it back in the simulation', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Recall Order' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/orders/recall');

  await test.step('Write Variables: local variable LastOrder from the orderId header', async () => {
    await editor.paletteSearch.click();
    await page.keyboard.type('variables');
    await editor.dragPaletteItem('Write Variables', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Start', 'Write Variables 1')).toHaveCount(1);
    await editor.select('Write Variables 1');
    const table = props.getByRole('group', { name: 'Variables', exact: true });
    await table.getByRole('button', { name: 'Add Variables row' }).click();
    await table.getByLabel('Name, row 1', { exact: true }).click();
    await page.keyboard.type('LastOrder');
    await table.getByLabel('Type, row 1', { exact: true }).selectOption({ label: 'Header' });
    await table.getByLabel('Value, row 1', { exact: true }).click();
    await page.keyboard.type('orderId');
  });

  await test.step('Content Modifier: a property from the Local Variable, the body from the property', async () => {
    await editor.paletteSearch.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('content');
    await editor.dragPaletteItem(
      'Content Modifier',
      editor.sequenceFlow('Write Variables 1', 'End'),
    );
    await expect(editor.sequenceFlow('Write Variables 1', 'Content Modifier 1')).toHaveCount(1);
    await editor.select('Content Modifier 1');
    const properties = props.getByRole('group', { name: 'Properties', exact: true });
    await properties.getByRole('button', { name: 'Add Properties row' }).click();
    await properties.getByLabel('Name, row 1', { exact: true }).click();
    await page.keyboard.type('lastOrder');
    await properties
      .getByLabel('Source Type, row 1', { exact: true })
      .selectOption({ label: 'Local Variable' });
    const value = properties.getByLabel('Source Value, row 1', { exact: true });
    await expect(value).toHaveAttribute('placeholder', 'variable name');
    await expect(editor.problems()).toContainText(
      'Content Modifier 1: Property row 1 needs the name of the local variable to read',
    );
    await value.click();
    await page.keyboard.type('Last Order');
    await expect(editor.problems()).toContainText(
      'the variable name "Last Order" may hold letters, digits, "_", "." and "-" only (no spaces)',
    );
    await page.keyboard.press('Control+a');
    await page.keyboard.type('LastOrder');
    await props.getByLabel('Type', { exact: true }).selectOption({ label: 'Expression' });
    await props.getByLabel('Body', { exact: true }).click();
    await page.keyboard.type('Order ${property.lastOrder}');
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  await test.step('simulated: the trace shows the variable read and the body made from it', async () => {
    await editor.clickEmptyCanvas();
    const sim = new SimulationPage(page);
    await sim.open();
    await sim.setInput('<order/>', { name: 'orderId', value: 'A-42' });
    await sim.run(/^Completed /);
    await sim.openStep('Content Modifier 1');
    await expect(sim.stepRun.getByRole('region', { name: 'Console' })).toContainText(
      'Content Modifier: property "lastOrder" = local variable "LastOrder" = "A-42" (simulation\'s own store)',
    );
    await expect(sim.messageAfter).toContainText('lastOrder');
    await expect(sim.body(sim.messageAfter)).toContainText('Order A-42');
  });
});

/**
 * Hello World's Sender and address with its Script replaced: a Content Modifier reads the global
 * variable LastOrder (default "none") into a property and keeps the request body as another,
 * then Write Variables stores that body as LastOrder. So each call answers with the previous one.
 */
function previousOrderFlow(): FlowFile {
  const flow = JSON.parse(readFileSync('examples/hello-world.flow.json', 'utf8')) as FlowFile & {
    samples: Record<string, unknown>;
  };
  flow.id = 'Previous_Order';
  flow.samples = {};
  flow.name = 'Previous Order';
  flow.resources.scripts = [];
  const row = { action: 'Create', dataType: 'java.lang.String', default: '' };
  flow.process.steps = flow.process.steps.filter((s) => s.type !== 'script');
  flow.process.steps.push(
    {
      id: 'Recall',
      type: 'contentModifier',
      name: 'Recall',
      position: { x: 180, y: 108 },
      config: {
        headers: [],
        properties: [
          {
            ...row,
            name: 'previous',
            sourceType: 'GlobalVariable',
            sourceValue: 'LastOrder',
            default: 'none',
          },
          { ...row, name: 'order', sourceType: 'Expression', sourceValue: '${in.body}' },
        ],
        bodyType: 'Expression',
        bodyValue: 'previous=${property.previous}',
      },
    },
    {
      id: 'Remember',
      type: 'writeVariables',
      name: 'Remember',
      position: { x: 310, y: 108 },
      config: {
        variables: [
          {
            name: 'LastOrder',
            sourceType: 'property',
            sourceValue: 'order',
            dataType: 'java.lang.String',
            global: true,
          },
        ],
      },
    },
  );
  flow.process.sequenceFlows = [
    { id: 'SequenceFlow_1', source: 'StartEvent_1', target: 'Recall' },
    { id: 'SequenceFlow_2', source: 'Recall', target: 'Remember' },
    { id: 'SequenceFlow_3', source: 'Remember', target: 'EndEvent_1' },
  ];
  return flow;
}

test('deployed: a call reads the global variable the call before it wrote', async ({ page }) => {
  test.setTimeout(120_000);
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Orders' });
  await design.importFlow({
    name: 'previous.flow.json',
    text: JSON.stringify(previousOrderFlow()),
  });
  await design.openFlow('Previous Order');
  await editor.expectOpen('Previous Order');
  await expect(editor.problems()).toContainText('No problems.');
  await tenant.deploy();

  await tenant.open('Security');
  const secret = await tenant.registerClient();
  await tenant.assignRole(CLIENT_USER, SEND_ROLE);
  await tenant.open('Manage Integration Content');
  await page
    .getByRole('row')
    .filter({ hasText: 'Previous Order' })
    .getByRole('link', { name: 'Test', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test Console' })).toBeVisible();
  await tenant.useOAuth(CLIENT_ID, secret);

  const body = tenant.field('Body');
  await body.click();
  await page.keyboard.type('A-1');
  expect(await tenant.send('200 OK')).toBe('previous=none');
  await body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A-2');
  expect(await tenant.send('200 OK')).toBe('previous=A-1');

  await test.step("Manage Stores shows the global variable with the last call's order", async () => {
    await tenant.open('Manage Stores');
    await expect(page.getByRole('row', { name: /LastOrder/ })).toContainText('A-2');
  });
});
