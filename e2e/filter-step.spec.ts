import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

const orders =
  '<Orders><Order id="1"><Status>open</Status></Order><Order id="2"><Status>done</Status></Order></Orders>';

test('a Filter keeps the open orders of an XML body, and says why a JSON body fails', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Open orders' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/open-orders');
  await editor.dragPaletteItem('Filter', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Filter 1')).toHaveCount(1);

  await test.step('the dialog asks for an XPath and checks it as it is typed', async () => {
    await editor.select('Filter 1');
    await expect(editor.problems()).toContainText('Filter 1: enter an XPath Expression');
    const xpath = props.getByLabel('XPath Expression', { exact: true });
    await xpath.click();
    await page.keyboard.type("/Orders/Order[Status = 'open'");
    await expect(props).toContainText('Invalid XPath');
    await page.keyboard.type(']');
    await expect(editor.problems()).toContainText('No problems.');
    const valueType = props.getByLabel('Value Type', { exact: true });
    await expect(valueType).toHaveValue('Nodelist');
    await valueType.selectOption('Node');
    await editor.expectSaved();
  });

  const sim = new SimulationPage(page);
  await test.step('a simulated message keeps only the open order', async () => {
    await editor.clickEmptyCanvas();
    await sim.open();
    await sim.setInput(orders, { name: 'Content-Type', value: 'application/xml' });
    await sim.run(/^Completed /);
    await sim.openStep('Filter 1');
    // The body after shows what changed, one element per line: the open order is what is left.
    const after = sim.body(sim.messageAfter);
    await expect(after).toContainText('added: <Order id="1">');
    await expect(after).toContainText('added:   <Status>open</Status>');
    await expect(after).toContainText('removed: <Orders>');
    await expect(after).not.toContainText('added:   <Order id="2">');
    await sim.allSteps();
  });

  await test.step('a JSON body fails at the Filter with the reason', async () => {
    await sim.inputBody.fill('{"orders": []}');
    await sim.run(/^Failed /);
    await expect(sim.panel.getByRole('alert')).toContainText('not valid XML');
  });
});
