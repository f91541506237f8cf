import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { importCpiArchive } from '../src/core/io/cpi';
import { exportFlow } from '../src/core/io/exportFlow';
import { artifactZip } from '../src/core/io/cpi/fixtures/archives';
import {
  HELLO_JS,
  helloWorldIflw,
  withBentStartLink,
} from '../src/core/io/cpi/fixtures/iflwBuilder';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** Hello World as CPI exports it, its Start → Script link drawn with a bend at (380, 200). */
const helloZip = () =>
  Buffer.from(
    artifactZip('Hello_World', 'Hello World', withBentStartLink(helloWorldIflw()), {
      'src/main/resources/script/script1.js': HELLO_JS,
    }),
  );

async function chooseFile(design: DesignPage, name: string, buffer: Buffer) {
  const chooser = design.page.waitForEvent('filechooser');
  await design.page.getByRole('button', { name: 'Import flow' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
}

test('a CPI artifact zip comes in at its positions, opens its script, exports and re-imports identical', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  await design.goto();
  await design.createPackage({ name: 'From CPI' });

  // Bad input first: a specific message, nothing changed.
  await chooseFile(design, 'notes.zip', Buffer.from('hello there'));
  await expect(design.importFailedDialog).toContainText(
    'is not a zip archive (it does not start with "PK")',
  );
  await design.closeImportErrors();
  expect(await design.flowNames()).toEqual([]);

  await chooseFile(design, 'Hello_World.zip', helloZip());
  const report = design.dialog('Import report');
  await expect(report).toContainText('“Hello_World.zip”: 1 integration flow imported.');
  await expect(report).toContainText('3 steps, 2 sequence flows, 1 adapter, 1 script.');
  await expect(report).toContainText('Every step was mapped.');
  await report.getByRole('button', { name: 'Open “Hello World”' }).click();
  await editor.expectOpen('Hello World');

  // CPI's shapes keep their centres: Start (32×32 at 292,142) and Script (100×60 at 440,128).
  const startBox = await editor.box('Start');
  const scriptBox = await editor.box('Script 1');
  const zoom = scriptBox.width / 120;
  const centre = (b: { x: number; y: number; width: number; height: number }) => ({
    x: (b.x + b.width / 2) / zoom,
    y: (b.y + b.height / 2) / zoom,
  });
  expect(Math.abs(centre(scriptBox).x - centre(startBox).x - (490 - 308))).toBeLessThanOrEqual(2);
  expect(Math.abs(centre(scriptBox).y - centre(startBox).y - (158 - 158))).toBeLessThanOrEqual(2);
  // The link CPI drew with a bend is drawn through it: down to (380, 200), back up to the Script.
  const bentPath = editor
    .sequenceFlow('Start', 'Script 1')
    .locator('path.react-flow__edge-path')
    .first();
  const pathData = (await bentPath.getAttribute('d')) ?? '';
  const ys = [...pathData.matchAll(/[ML] ([\d.-]+) ([\d.-]+)/g)].map((m) => Number(m[2]));
  expect(ys).toHaveLength(3);
  expect(ys[1]! - ys[0]!).toBeGreaterThan(30);

  await editor.select('Script 1');
  await editor.properties().getByRole('button', { name: 'Edit script' }).click();
  await expect(page.getByRole('group', { name: 'Script source' })).toContainText(
    'Hello world from IFlow',
  );
  await page.getByRole('button', { name: 'Close', exact: true }).first().click();

  const download = page.waitForEvent('download');
  // The Export menu from the keyboard: ArrowDown opens it on the first item, Enter chooses.
  await editor.button('Export').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Flow file' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'CPI archive' })).toBeFocused();
  await page.keyboard.press('Enter');
  const d = await download;
  expect(d.suggestedFilename()).toBe('Hello_World.zip');
  const exported = new Uint8Array(await readFile(await d.path()));
  const original = (await importCpiArchive(new Uint8Array(helloZip()), 'hello.zip')).flows[0]!;
  const again = (await importCpiArchive(exported, 'again.zip')).flows[0]!;
  expect(exportFlow(again)).toBe(exportFlow(original));
});
