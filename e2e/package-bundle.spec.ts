import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { stepPath, type FlowFile } from './fixtures/flowFile';
import { connectHttpsSender } from './fixtures/setup';
import { DesignPage, type InMemoryFile } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** What the spec reads from an exported `<technicalName>.package.json`. */
interface PackageFile {
  kind: string;
  schemaVersion: number;
  package: { id: string; name: string; technicalName: string };
  flows: FlowFile[];
}

// Helpers the shared page objects do not have (package-level actions), kept local to this spec.

const packagesTable = (page: Page) => page.getByRole('table', { name: 'Packages' });

function packageRow(page: Page, name: string) {
  return packagesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** "Export package" on the package page; returns the downloaded file's name and text. */
async function exportPackage(page: Page): Promise<InMemoryFile> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export package', exact: true }).click();
  const d = await download;
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

/** "Import package" on the package list, answering the system file picker with `file`. */
async function importPackage(page: Page, file: InMemoryFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import package', exact: true }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

async function toPackageList(design: DesignPage): Promise<void> {
  await design.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(design.page.getByRole('heading', { level: 1, name: 'Design' })).toBeVisible();
}

async function openPackage(design: DesignPage, name: string): Promise<void> {
  await packageRow(design.page, name).getByRole('link', { name, exact: true }).click();
  await expect(design.page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('export a package with two flows, delete it, import the bundle back byte for byte; a broken bundle changes nothing', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);

  await test.step('a package with a Hello World flow and a second flow', async () => {
    await design.goto();
    await design.createPackage({ name: 'Bundle Demo', expectTechnicalName: 'BundleDemo' });
    await design.addFlow('Hello World');
    await design.openFlow('Hello World');
    await editor.expectOpen('Hello World');
    await connectHttpsSender(editor, '/v1/test/hello');
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
    await editor.backToPackage();
    await design.addFlow('Second Flow');
    expect(await design.flowNames()).toEqual(['Hello World', 'Second Flow']);
  });

  const bundle =
    await test.step('Export package downloads one bundle with both flows', async () => {
      const file = await exportPackage(page);
      expect(file.name).toBe('BundleDemo.package.json');
      expect(file.text.endsWith('}\n')).toBe(true);
      const parsed = JSON.parse(file.text) as PackageFile;
      expect(parsed.kind).toBe('ifs-package');
      expect(parsed.package).toMatchObject({ name: 'Bundle Demo', technicalName: 'BundleDemo' });
      expect(parsed.flows.map((f) => f.name).sort()).toEqual(['Hello World', 'Second Flow']);
      const hello = parsed.flows.find((f) => f.name === 'Hello World')!;
      expect(stepPath(hello)).toEqual(['startEvent', 'script', 'endEvent']);
      expect(hello.messageFlows[0]?.adapter).toMatchObject({
        type: 'HTTPS',
        config: { address: '/v1/test/hello' },
      });
      const second = parsed.flows.find((f) => f.name === 'Second Flow')!;
      expect(stepPath(second)).toEqual(['startEvent', 'endEvent']);
      return { file, parsed };
    });

  await test.step('delete the package: the confirmation names it and its two flows', async () => {
    await toPackageList(design);
    await packageRow(page, 'Bundle Demo').getByRole('button', { name: 'Delete' }).click();
    const dlg = design.dialog('Delete package');
    await expect(dlg).toContainText('“Bundle Demo”');
    await expect(dlg).toContainText('2 integration flows');
    await dlg.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dlg).toBeHidden();
    await expect(page.getByText('No packages yet')).toBeVisible();
  });

  await test.step('Import package brings the package back with both flows, byte for byte', async () => {
    await importPackage(page, bundle.file);
    await expect(packageRow(page, 'Bundle Demo')).toBeVisible();
    await expect(packageRow(page, 'Bundle Demo')).toContainText('BundleDemo');
    await openPackage(design, 'Bundle Demo');
    await expect(design.flowRow('Second Flow')).toBeVisible();
    expect(await design.flowNames()).toEqual(['Hello World', 'Second Flow']);
    const again = await exportPackage(page);
    expect(again.name).toBe(bundle.file.name);
    expect(again.text).toBe(bundle.file.text);
    // The flow itself opens as drawn.
    await design.openFlow('Hello World');
    await editor.expectOpen('Hello World');
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
    await expect(editor.problems()).toContainText('No problems.');
    await editor.backToPackage();
  });

  await test.step('a broken bundle shows "Import failed" with the path and changes nothing', async () => {
    // Would be a new package were it valid (new id and technical name); one flow has a bogus step.
    const broken = structuredClone(bundle.parsed) as unknown as PackageFile & {
      flows: { process: { steps: { type: string }[] } }[];
    };
    broken.package.id = 'another-package';
    broken.package.technicalName = 'Other';
    const fi = broken.flows.findIndex((f) => f.name === 'Hello World');
    const si = broken.flows[fi]!.process.steps.findIndex((s) => s.type === 'script');
    broken.flows[fi]!.process.steps[si]!.type = 'Foo';
    await toPackageList(design);
    await importPackage(page, { name: 'broken.package.json', text: JSON.stringify(broken) });

    const dlg = design.importFailedDialog;
    await expect(dlg).toBeVisible();
    await expect(dlg).toContainText(
      '“broken.package.json” cannot be imported. Nothing was changed.',
    );
    const errors = dlg.getByRole('list', { name: 'Import errors' });
    await expect(errors).toContainText(`flows[${fi}].process.steps[${si}].type`);
    await expect(errors).toContainText('unknown step type "Foo"');
    await design.closeImportErrors();

    await expect(packagesTable(page).getByRole('rowheader')).toHaveCount(1);
    await openPackage(design, 'Bundle Demo');
    expect(await design.flowNames()).toEqual(['Hello World', 'Second Flow']);
    expect((await exportPackage(page)).text).toBe(bundle.file.text);
  });
});
