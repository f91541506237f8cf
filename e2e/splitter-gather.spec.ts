import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('a General Splitter splits an order list, each order walks on, a Gather combines them', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Split Orders' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/split');

  await test.step('General Splitter → Content Modifier → Gather from the palette', async () => {
    await editor.dragPaletteItem('General Splitter', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Start', 'General Splitter 1')).toHaveCount(1);
    await editor.dragPaletteItem(
      'Content Modifier',
      editor.sequenceFlow('General Splitter 1', 'End'),
    );
    await expect(editor.sequenceFlow('General Splitter 1', 'Content Modifier 1')).toHaveCount(1);
    await editor.dragPaletteItem('Gather', editor.sequenceFlow('Content Modifier 1', 'End'));
    await expect(editor.sequenceFlow('Gather 1', 'End')).toHaveCount(1);
  });

  await test.step('the splitter asks for its XPath Expression, then takes it', async () => {
    await editor.select('General Splitter 1');
    await expect(props).toContainText(/enter the XPath Expression of the nodes to split at/i);
    await expect(props.getByLabel('Expression Type', { exact: true })).toHaveValue('XPath');
    await props.getByLabel('XPath Expression', { exact: true }).click();
    await page.keyboard.type('/orders/order[');
    await expect(props).toContainText('Invalid XPath "/orders/order["');
    await page.keyboard.press('Backspace');
    await expect(props).not.toContainText('Invalid XPath');
    await expect(props.getByLabel('Stop On Exception', { exact: true })).toBeChecked();
  });

  await test.step('the Gather combines XML of the same format', async () => {
    await editor.select('Gather 1');
    await props.getByLabel('Incoming Format', { exact: true }).selectOption('XML (Same Format)');
    await expect(props).toContainText('XML messages are combined: choose Combine');
    await props.getByLabel('Aggregation Algorithm', { exact: true }).selectOption('Combine');
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  await test.step('a simulated order list: three split messages, one combined reply', async () => {
    await editor.clickEmptyCanvas();
    const sim = new SimulationPage(page);
    await sim.open();
    await sim.setInput(
      '<orders><id>7</id><order>A</order><order>B</order><order>C</order></orders>',
      { name: 'Content-Type', value: 'application/xml' },
    );
    await sim.run(/^Completed /);
    const rows = sim.stepsRun.getByRole('listitem');
    await expect(rows.filter({ hasText: 'General Splitter 1' })).toContainText('3 split messages');
    for (const n of [1, 2, 3])
      await expect(rows.filter({ hasText: `split ${n} of 3` })).toContainText('Content Modifier 1');
    await expect(rows.filter({ hasText: 'Gather 1' })).toContainText('3 gathered');
    await sim.openStep('Gather 1');
    const after = sim.body(sim.messageAfter);
    await expect(after).toContainText('multimap:Messages');
    // Each split message kept its enclosing <orders> and the <id> beside the orders.
    await expect(after).toContainText('<order>C</order>');
    await expect(after).toContainText('multimap:Message1');
  });
});
