import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { TenantPage } from './pages/TenantPage';
import type { FlowFile } from './fixtures/flowFile';
import { runOnceTimerFlow } from './fixtures/timerFlow';

/** A Run Once timer flow: Script (body "tick") → Data Store Write into "Ticks" under "first". */
function tickWriter(): FlowFile {
  const flow = runOnceTimerFlow('TickWriter', 'Tick Writer');
  const start = flow.process.steps.find((s) => s.type === 'timerStart')!.id;
  flow.process.steps.push({
    id: 'Write_1',
    type: 'dataStoreWrite',
    name: 'Write 1',
    position: { x: 330, y: 108 },
    config: {
      storeName: 'Ticks',
      visibility: 'local',
      entryId: 'first',
      retentionDays: '2',
      expirationDays: '90',
      encrypt: true,
      overwrite: false,
      includeHeaders: false,
    },
  });
  flow.process.sequenceFlows = [
    { id: 'SequenceFlow_1', source: start, target: 'Script_1' },
    { id: 'SequenceFlow_2', source: 'Script_1', target: 'Write_1' },
    { id: 'SequenceFlow_3', source: 'Write_1', target: 'EndEvent_1' },
  ];
  return flow;
}

test('Manage Stores lists what a deployed flow wrote to its data store: view the entry, see it overdue, delete it', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Ticks' });
  await design.importFlow({ name: 'tick.flow.json', text: JSON.stringify(tickWriter()) });
  await design.openFlow('Tick Writer');
  await editor.expectOpen('Tick Writer');
  await expect(editor.problems()).toContainText('No problems.');
  await tenant.deploy();

  await tenant.open('Manage Stores');
  const entries = page.getByRole('table', { name: 'Data store entries' });
  const row = entries.getByRole('row', { name: /Ticks/ });
  await expect(row).toContainText('first');
  await expect(row).toContainText('Integration Flow Tick Writer');
  await expect(page.getByText('1 entry in 1 data store')).toBeVisible();

  await row.getByRole('button', { name: 'View entry first of Ticks' }).click();
  await expect(
    page.getByRole('region', { name: 'Content of entry first of Ticks' }).getByLabel('Body'),
  ).toHaveText('tick');

  await test.step('three days on the tenant clock: past the retention threshold of 2 days', async () => {
    const clock = page.getByRole('region', { name: 'Simulated clock' });
    await clock.getByLabel('Advance clock by (minutes)').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('4320');
    await clock.getByRole('button', { name: 'Advance clock', exact: true }).click();
    await expect(row).toContainText('Overdue since');
  });

  await row.getByRole('button', { name: 'Delete entry first of Ticks' }).click();
  const confirm = tenant.dialog('Delete data store entry');
  await expect(confirm).toContainText('Delete entry “first” of data store “Ticks”?');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No data store entries.')).toBeVisible();
});
