import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import type { FlowEditorPage } from './pages/FlowEditorPage';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** Finds a step in the palette by typing in its search, then drags it onto a link. */
async function dropFromPalette(editor: FlowEditorPage, label: string, from: string, to: string) {
  await editor.paletteSearch.click();
  await editor.page.keyboard.press('Control+a');
  await editor.page.keyboard.type(label.split(' ')[0]!);
  await editor.dragPaletteItem(label, editor.sequenceFlow(from, to));
  await expect(editor.sequenceFlow(from, `${label} 1`)).toHaveCount(1);
}

test('Base64 and ZIP steps encode, zip, decode and unzip the body in a simulation', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { pkg: 'Files', flow: 'Pack order' });
  await connectHttpsSender(editor, '/v1/pack');
  await dropFromPalette(editor, 'Base64 Encoder', 'Start', 'End');
  await dropFromPalette(editor, 'Base64 Decoder', 'Base64 Encoder 1', 'End');

  const sim = new SimulationPage(page);
  await test.step('Base64 Encoder and Decoder: the text comes back as it went in', async () => {
    await editor.clickEmptyCanvas();
    await sim.open();
    await sim.setInput('Grüße', { name: 'Content-Type', value: 'text/plain' });
    await sim.run(/^Completed /);
    await sim.openStep('Base64 Encoder 1');
    await expect(sim.body(sim.messageAfter)).toContainText('R3LDvMOfZQ==');
    await sim.allSteps();
    await sim.openStep('Base64 Decoder 1');
    await expect(sim.body(sim.messageAfter)).toContainText('added: Grüße');
    await sim.allSteps();
  });

  await test.step('ZIP Compression, renamed in its properties, makes a binary body', async () => {
    await dropFromPalette(editor, 'ZIP Compression', 'Start', 'Base64 Encoder 1');
    await editor.select('ZIP Compression 1');
    const name = editor.properties().getByLabel('Name', { exact: true });
    await name.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Zip order');
    await expect(editor.node('Zip order')).toBeVisible();
    await dropFromPalette(editor, 'ZIP Decompression', 'Base64 Decoder 1', 'End');
    await editor.expectSaved();
    await editor.clickEmptyCanvas();
    await sim.run(/^Completed /);
    await sim.openStep('Zip order');
    await expect(sim.body(sim.messageAfter)).toContainText(/Binary body, \d+ bytes/);
    await expect(sim.body(sim.messageAfter)).toContainText('PK..');
    await sim.allSteps();
    await sim.openStep('Base64 Encoder 1');
    await expect(sim.body(sim.messageAfter)).toContainText('added: UEsDB');
    await sim.allSteps();
    await sim.openStep('ZIP Decompression 1');
    await expect(sim.body(sim.messageAfter)).toContainText('added: Grüße');
    await sim.allSteps();
  });

  await test.step('a body that is not Base64 fails the Decoder with the reason', async () => {
    await editor.select('Zip order');
    await page.keyboard.press('Delete');
    await expect(editor.node('Zip order')).toHaveCount(0);
    await editor.select('Base64 Encoder 1');
    await page.keyboard.press('Delete');
    await editor.connect('Start', 'Base64 Decoder 1');
    await editor.clickEmptyCanvas();
    await sim.inputBody.fill('<order/>');
    await sim.run(/^Failed /);
    await expect(sim.panel.getByRole('alert')).toContainText(
      'The message body is not Base64: "<" at position 1 is not a Base64 character',
    );
  });
});
