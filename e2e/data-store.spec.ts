import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

test("Data Store Write then Get: configured in their dialogs, simulated against the simulator's own store", async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Park Order' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/orders/park');

  await test.step('drag Data Store Write from the palette and configure it', async () => {
    // The Persistence steps are at the foot of the palette: find them by name, as a user would.
    await editor.paletteSearch.click();
    await page.keyboard.type('data store');
    await editor.dragPaletteItem('Data Store Write', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Start', 'Write 1')).toHaveCount(1);
    await editor.select('Write 1');
    await expect(editor.problems()).toContainText('Write 1: enter a Data Store Name');
    await props.getByLabel('Data Store Name', { exact: true }).click();
    await page.keyboard.type('parked orders');
    await expect(props).toContainText('no spaces');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('ParkedOrders');
    await props.getByLabel('Entry ID', { exact: true }).click();
    await page.keyboard.type('${header.orderId}');
    await props.getByLabel('Expiration Period (in d)', { exact: true }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('200');
    await expect(props).toContainText(
      'Expiration Period (in d) must be a whole number from 1 to 180',
    );
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('30');
    await expect(props.getByLabel('Visibility', { exact: true })).toHaveValue('local');
  });

  await test.step('drag Data Store Get after it and configure it', async () => {
    await editor.dragPaletteItem('Data Store Get', editor.sequenceFlow('Write 1', 'End'));
    await expect(editor.sequenceFlow('Write 1', 'Get 1')).toHaveCount(1);
    await editor.select('Get 1');
    await props.getByLabel('Data Store Name', { exact: true }).click();
    await page.keyboard.type('ParkedOrders');
    await props.getByLabel('Entry ID', { exact: true }).click();
    await page.keyboard.type('${header.orderId}');
    await props.getByLabel('Delete On Completion', { exact: true }).check();
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  const sim = new SimulationPage(page);
  await test.step('a run writes the order and reads it back; the trace says which store', async () => {
    await editor.clickEmptyCanvas();
    await sim.open();
    await sim.setInput('<order><id>A-42</id></order>', { name: 'orderId', value: 'A-42' });
    await sim.run(/^Completed /);
    await sim.openStep('Write 1');
    await expect(sim.stepRun.getByRole('region', { name: 'Console' })).toContainText(
      'Data Store Write: entry "A-42" written in data store "ParkedOrders" (Integration Flow, simulation\'s own store)',
    );
    await sim.allSteps();
    await sim.openStep('Get 1');
    await expect(sim.stepRun.getByRole('region', { name: 'Console' })).toContainText(
      'Data Store Get: entry "A-42" read from data store "ParkedOrders"',
    );
    await expect(sim.stepRun.getByRole('region', { name: 'Console' })).toContainText('and deleted');
    await expect(sim.body(sim.messageAfter)).toContainText('<id>A-42</id>');
  });

  await test.step('without Delete On Completion the entry stays, and the next Write of the same ID fails', async () => {
    await editor.select('Get 1');
    await props.getByLabel('Delete On Completion', { exact: true }).uncheck();
    await editor.clickEmptyCanvas();
    await sim.run(/^Completed /);
    await sim.run(/^Failed /);
    await expect(sim.panel.getByRole('alert').first()).toContainText(
      'An entry with ID "A-42" already exists in data store "ParkedOrders"',
    );
  });
});

test('Write Variables: a variable from a header, set in its table and seen in the trace', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Remember Order' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/orders/last');
  await editor.paletteSearch.click();
  await page.keyboard.type('variables');
  await editor.dragPaletteItem('Write Variables', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Write Variables 1')).toHaveCount(1);
  await editor.select('Write Variables 1');
  await expect(editor.problems()).toContainText('Write Variables 1: add at least one variable');
  const table = props.getByRole('group', { name: 'Variables', exact: true });
  await table.getByRole('button', { name: 'Add Variables row' }).click();
  await table.getByLabel('Name, row 1', { exact: true }).click();
  await page.keyboard.type('LastOrder');
  await table.getByLabel('Type, row 1', { exact: true }).selectOption('header');
  await expect(editor.problems()).toContainText('variable "LastOrder" has no value to read');
  await table.getByLabel('Value, row 1', { exact: true }).click();
  await page.keyboard.type('orderId');
  await table.getByLabel('Global Scope, row 1').check();
  await expect(editor.problems()).toContainText('No problems.');

  await editor.clickEmptyCanvas();
  const sim = new SimulationPage(page);
  await sim.open();
  await sim.setInput('<order/>', { name: 'orderId', value: 'A-42' });
  await sim.run(/^Completed /);
  await sim.openStep('Write Variables 1');
  await expect(sim.stepRun.getByRole('region', { name: 'Console' })).toContainText(
    'Write Variables: global variable "LastOrder" = "A-42" (simulation\'s own store)',
  );
});
