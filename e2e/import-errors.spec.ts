import { expect, test, type Page } from '@playwright/test';
import { parseFlowFile } from './fixtures/flowFile';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import type { DesignPage } from './pages/DesignPage';
import type { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

/** A package with the flow "Hello World" (Sender →HTTPS Start → End) and the flow "Other". */
async function workspaceWithTwoFlows(page: Page) {
  const { design, editor } = await openNewFlow(page);
  await connectHttpsSender(editor, '/v1/test/hello');
  await editor.expectSaved();
  const exported = await editor.exportFlow();
  await editor.backToPackage();
  await design.addFlow('Other');
  return { design, editor, exported };
}

/** Opens the flow, exports it, and goes back to the package page. */
async function exportOf(design: DesignPage, editor: FlowEditorPage, name: string) {
  await design.openFlow(name);
  await editor.expectOpen(name);
  const file = await editor.exportFlow();
  await editor.backToPackage();
  return file.text;
}

test('a file that is not JSON is refused with its position; nothing changes', async ({ page }) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);
  const flowsBefore = await design.flowNames();

  await design.importFlow({ name: 'broken.flow.json', text: '{ "schemaVersion": 1, "id": ' });
  const dlg = design.importFailedDialog;
  await expect(dlg).toBeVisible();
  await expect(dlg).toContainText('“broken.flow.json” cannot be imported. Nothing was changed.');
  await expect(dlg.getByRole('list', { name: 'Import errors' })).toContainText(
    /not valid JSON \(line 1, column \d+\)/,
  );
  await design.closeImportErrors();

  expect(await design.flowNames()).toEqual(flowsBefore);
  expect(await exportOf(design, editor, 'Hello World')).toBe(exported.text);
});

test('a flow with an unknown step type is refused naming the path; nothing changes', async ({
  page,
}) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);
  const flowsBefore = await design.flowNames();

  // The user's own export, hand-edited: a new id (so it is not a replace) and a bogus step.
  const bad = parseFlowFile(exported.text) as unknown as {
    id: string;
    process: { steps: { type: string }[] };
  };
  bad.id = 'Broken_Flow';
  const index = bad.process.steps.findIndex((s) => s.type === 'endEvent');
  bad.process.steps[index]!.type = 'Foo';
  await design.importFlow({ name: 'foo.flow.json', text: JSON.stringify(bad, null, 2) });

  const errors = design.importFailedDialog.getByRole('list', { name: 'Import errors' });
  await expect(errors.getByRole('listitem').first()).toHaveText(
    `process.steps[${index}].type: unknown step type "Foo"`,
  );
  await design.closeImportErrors();

  expect(await design.flowNames()).toEqual(flowsBefore);
  await expect(design.flowTable).not.toContainText('Broken_Flow');
  expect(await exportOf(design, editor, 'Hello World')).toBe(exported.text);
});

test('a broken file dropped on the open editor shows the error and leaves the open flow as it is', async ({
  page,
}) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);
  await design.openFlow('Hello World');
  await editor.expectOpen('Hello World');
  await editor.select('End');

  await editor.dropFile({ name: 'dropped.flow.json', text: '[1, 2' });

  const dlg = design.importFailedDialog;
  await expect(dlg).toContainText('“dropped.flow.json” cannot be imported. Nothing was changed.');
  await design.closeImportErrors();

  await editor.expectOpen('Hello World');
  await expect(editor.node('End')).toHaveClass(/selected/);
  expect((await editor.exportFlow()).text).toBe(exported.text);
  await editor.backToPackage();
  expect(await design.flowNames()).toEqual(['Hello World', 'Other']);
});

test('importing a flow whose ID exists asks; "Keep both" adds a copy with a new ID', async ({
  page,
}) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);

  await design.importFlow({ name: exported.fileName, text: exported.text });
  const ask = design.existsDialog('Hello_World');
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Replace' })).toBeVisible();
  await ask.getByRole('button', { name: 'Keep both' }).click();
  await expect(ask).toBeHidden();

  const rows = design.flowTable.getByRole('row').filter({ hasText: 'Hello World' });
  await expect(rows).toHaveCount(2);
  // The kept copy gets a new ID and a name that tells the two rows apart.
  await expect(design.flowRowById('Hello_World_1')).toContainText('Hello World (copy)');
  await expect(design.flowTable.getByRole('row').filter({ hasText: 'Other' })).toHaveCount(1);

  // The copy is the file's flow under its new ID and name; the original is untouched.
  const exportById = async (id: string, name: string) => {
    await design.flowRowById(id).getByRole('link', { name, exact: true }).click();
    await editor.expectOpen(name);
    const file = await editor.exportFlow();
    await editor.backToPackage();
    return file.text;
  };
  const copy = parseFlowFile(await exportById('Hello_World_1', 'Hello World (copy)'));
  expect(copy).toEqual({
    ...parseFlowFile(exported.text),
    id: 'Hello_World_1',
    name: 'Hello World (copy)',
  });
  expect(await exportById('Hello_World', 'Hello World')).toBe(exported.text);
});

test('importing a flow whose ID exists asks; "Replace" puts the file in its place', async ({
  page,
}) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);

  // Change the stored flow after the export: a Script between Start and End.
  await design.openFlow('Hello World');
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.node('Script 1')).toBeVisible();
  await editor.expectSaved();
  await editor.backToPackage();

  await design.importFlow({ name: exported.fileName, text: exported.text });
  const ask = design.existsDialog('Hello_World');
  await ask.getByRole('button', { name: 'Replace' }).click();
  await expect(ask).toBeHidden();

  expect(await design.flowNames()).toEqual(['Hello World', 'Other']);
  await design.openFlow('Hello World');
  await editor.expectOpen('Hello World');
  await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
  await expect(editor.node('Script 1')).toHaveCount(0);
  expect((await editor.exportFlow()).text).toBe(exported.text);
});

test('"Replace" on the flow open in the editor (file dropped on it) shows the imported version', async ({
  page,
}) => {
  const { design, editor, exported } = await workspaceWithTwoFlows(page);
  await design.openFlow('Hello World');
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.node('Script 1')).toBeVisible();
  await editor.expectSaved();

  await editor.dropFile({ name: exported.fileName, text: exported.text });
  await design.existsDialog('Hello_World').getByRole('button', { name: 'Replace' }).click();

  // The editor stays on the flow and shows the file's version of it.
  await editor.expectOpen('Hello World');
  await expect(editor.node('Script 1')).toHaveCount(0);
  await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(1);
  expect((await editor.exportFlow()).text).toBe(exported.text);
});
