import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('a Content Modifier reads a header from the XML body with XPath and the Namespace Mapping', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Order Id' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/orders');
  await editor.dragPaletteItem('Content Modifier', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Content Modifier 1')).toHaveCount(1);

  await test.step('an XPath header row with a prefix the flow does not map yet', async () => {
    await editor.select('Content Modifier 1');
    const headers = props.getByRole('group', { name: 'Headers', exact: true });
    await headers.getByRole('button', { name: 'Add Headers row' }).click();
    await headers.getByLabel('Name, row 1').click();
    await page.keyboard.type('orderId');
    await headers.getByLabel('Source Type, row 1').selectOption('XPath');
    await headers.getByLabel('Source Value, row 1').click();
    await page.keyboard.type('/o:order/o:id');
    await expect(editor.problems()).toContainText(
      'the XPath uses the prefix "o", which the Integration Process\'s Namespace Mapping does not define',
    );
  });

  await test.step('the Integration Process maps the prefix; the problem goes away', async () => {
    // The pool is selected by its header, the band on its left.
    const pool = await editor.box('Integration Process');
    await page.mouse.click(pool.x + 12, pool.y + 24);
    await expect(props).toContainText('Runtime Configuration');
    const mapping = props.getByLabel('Namespace Mapping', { exact: true });
    await mapping.click();
    await page.keyboard.type('not a mapping');
    await expect(props).toContainText('Namespace mapping line 1 must be "prefix=uri"');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('o=urn:orders');
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  await test.step('a simulated order sets the header from its body', async () => {
    await editor.clickEmptyCanvas();
    const sim = new SimulationPage(page);
    await sim.open();
    await sim.setInput('<order xmlns="urn:orders"><id>A-42</id></order>', {
      name: 'Content-Type',
      value: 'application/xml',
    });
    await sim.run(/^Completed /);
    await sim.openStep('Content Modifier 1');
    await expect(sim.messageAfter).toContainText('orderId');
    await expect(sim.messageAfter).toContainText('A-42');
    await expect(sim.messageBefore).not.toContainText('orderId');
  });
});
