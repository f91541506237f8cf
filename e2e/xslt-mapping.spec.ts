import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { typeCode } from './pages/monacoTyping';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

interface MonacoHook {
  getValue(): string;
  getMarkers(): { message: string; line: number; column: number }[];
}
const monacoHook = `(window.__ifsMonaco)`;

const STYLESHEET = `<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:param name="currency"/>
<xsl:template match="/">
<total currency="{$currency}"><xsl:value-of select="sum(//price)"/></total>
</xsl:template>
</xsl:stylesheet>`;

test('an XSLT Mapping step: a new stylesheet typed in its editor, previewed and simulated', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Order Total' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/total');
  await editor.dragPaletteItem('XSLT Mapping', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'XSLT Mapping 1')).toHaveCount(1);

  await test.step('the step asks for a stylesheet; a new one is created from its Resource field', async () => {
    await editor.select('XSLT Mapping 1');
    await expect(editor.problems()).toContainText('XSLT Mapping 1: no stylesheet is assigned');
    const resource = props.getByLabel('Resource', { exact: true });
    await resource.selectOption({ label: 'New XSLT stylesheet…' });
    await expect(resource).toHaveValue('XSLTMapping1.xsl');
    await expect(props.getByLabel('Output Format', { exact: true })).toHaveValue('String');
    await expect(editor.problems()).toContainText('No problems.');
  });

  const dialog = page.getByRole('dialog', { name: 'XSLT editor — XSLTMapping1.xsl' });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await test.step('the stylesheet is typed in Monaco and previewed on a sample', async () => {
    await props.getByRole('button', { name: 'Edit stylesheet', exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect
      .poll(() => page.evaluate(`${monacoHook}?.getValue() ?? ''`), { timeout: 20_000 })
      .toContain('xsl:stylesheet');
    await dialog.getByRole('group', { name: 'Stylesheet source' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await typeCode(page, STYLESHEET);
    expect(((await page.evaluate(`${monacoHook}.getValue()`)) as string).replace(/\s+/g, ' ')).toBe(
      STYLESHEET.replace(/\s+/g, ' '),
    );
    await preview.getByLabel('Sample body', { exact: true }).click();
    await page.keyboard.type('<order><price>2</price><price>3.5</price></order>');
    await preview.getByRole('button', { name: 'Add header' }).click();
    await preview.getByRole('textbox', { name: 'Header name' }).first().click();
    await page.keyboard.type('currency');
    await preview.getByRole('textbox', { name: 'Header value' }).first().click();
    await page.keyboard.type('EUR');
    await expect(preview.getByLabel('Output body')).toContainText(
      '<total currency="EUR">5.5</total>',
    );
  });

  await test.step('a broken stylesheet is said with its line, and marked there', async () => {
    await dialog.getByRole('group', { name: 'Stylesheet source' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<oops');
    await expect(preview.getByRole('alert')).toContainText(
      'the stylesheet XSLTMapping1.xsl is not well-formed XML (line 7',
    );
    await expect
      .poll(async () =>
        (
          (await page.evaluate(`${monacoHook}.getMarkers()`)) as ReturnType<
            MonacoHook['getMarkers']
          >
        ).map((m) => m.line),
      )
      .toEqual([7]);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await expect(preview.getByLabel('Output body')).toContainText('5.5');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await editor.expectSaved();
  });

  await test.step('a simulation runs the stylesheet on the message, headers as parameters', async () => {
    await editor.clickEmptyCanvas();
    const sim = new SimulationPage(page);
    await sim.open();
    await sim.setInput('<order><price>10</price><price>1.25</price></order>', {
      name: 'currency',
      value: 'CHF',
    });
    await sim.run(/^Completed /);
    await sim.openStep('XSLT Mapping 1');
    await expect(sim.messageAfter).toContainText('<total currency="CHF">11.25</total>');
  });
});
