import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { TenantPage } from './pages/TenantPage';
import { runOnceTimerFlow } from './fixtures/timerFlow';

/** The walkthrough's flow started by a Run Once timer instead of a Sender. */
const tickerFlow = () => runOnceTimerFlow('Ticker', 'Ticker');

test('a flow with a Run Once Timer Start runs when deployed: Manage Integration Content says so and the Monitor has its message', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Scheduled' });
  await design.importFlow({ name: 'ticker.flow.json', text: JSON.stringify(tickerFlow()) });
  await design.openFlow('Ticker');
  await editor.expectOpen('Ticker');
  await expect(editor.problems()).toContainText('No problems.');
  await tenant.deploy();

  await tenant.open('Manage Integration Content');
  await expect(page.getByRole('row', { name: /Ticker/ })).toContainText(
    'Timer Start "Start Timer 1": Run Once, ran when deployed',
  );

  await tenant.open('Monitor');
  const row = page.getByRole('row', { name: /Ticker/ });
  await expect(row).toContainText('Timer "Start Timer 1"');
  await expect(row).toContainText('Completed');
  await row.getByRole('link').click();
  await expect(page.getByText('Started by')).toBeVisible();
  await expect(page.getByText('Timer Start "Start Timer 1"')).toBeVisible();
});

test('a Timer Start scheduled in its properties runs at each of its times on the tenant', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Scheduled' });
  await design.importFlow({ name: 'ticker.flow.json', text: JSON.stringify(tickerFlow()) });
  await design.openFlow('Ticker');
  await editor.expectOpen('Ticker');

  await editor.select('Start Timer 1');
  const props = editor.properties();
  await props.getByLabel('Run', { exact: true }).selectOption('Advanced: cron expression');
  const cron = props.getByLabel(/^Cron expression/);
  // Quartz needs "?" in the day of month or the day of week: said on the field.
  await cron.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('* * * * * *');
  await expect(cron).toHaveAttribute('aria-invalid', 'true');
  await expect(props).toContainText('Put "?" in exactly one of day of month and day of week');
  await expect(editor.problems()).toContainText('Start Timer 1: put "?" in exactly one');
  // Every second, in Berlin's time.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('* * * ? * *');
  await expect(cron).not.toHaveAttribute('aria-invalid', 'true');
  const zone = props.getByLabel('Time zone');
  await zone.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Europe/Berlin');
  await expect(editor.problems()).toContainText('No problems.');
  await tenant.deploy();

  await tenant.open('Manage Integration Content');
  await expect(page.getByRole('row', { name: /Ticker/ })).toContainText(
    'Timer Start "Start Timer 1": scheduled "* * * ? * *" (Europe/Berlin), runs at each of its times',
  );
  await expect(page.getByRole('row', { name: /Ticker/ })).toContainText(
    /Next run: .+ \(tenant time\)/,
  );
  await tenant.open('Monitor');
  // Not run on deploy: each entry is a run of the schedule, and they keep coming.
  await expect
    .poll(() => page.getByRole('row', { name: /Ticker/ }).count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('row', { name: /Ticker/ }).first()).toContainText('Completed');

  // Undeployed, it stops.
  await tenant.open('Manage Integration Content');
  await tenant.undeployFromList('Ticker');
  await tenant.open('Monitor');
  const count = await page.getByRole('row', { name: /Ticker/ }).count();
  await page.waitForTimeout(2500);
  await expect(page.getByRole('row', { name: /Ticker/ })).toHaveCount(count);
});

test('deployed schedules fire in a new tab that shows only the package list', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const design = new DesignPage(page);
  const tenant = new TenantPage(page);
  const flow = tickerFlow();
  // Every second: the Timer Start as the studio writes an advanced cron schedule.
  flow.process.steps.find((s) => s.type === 'timerStart')!.config = {
    ...flow.process.steps.find((s) => s.type === 'timerStart')!.config,
    run: 'cron',
    cron: '* * * ? * *',
  };
  await design.goto();
  await design.createPackage({ name: 'Scheduled' });
  await design.importFlow({ name: 'ticker.flow.json', text: JSON.stringify(flow) });
  await design.openFlow('Ticker');
  await tenant.deploy();
  await tenant.open('Monitor');
  await expect(page.getByRole('row', { name: /Ticker/ }).first()).toContainText('Completed');
  const ranInFirstTab = await page.getByRole('row', { name: /Ticker/ }).count();
  await page.close();

  // A new tab on the package list only: the tenant is not opened, yet the schedule fires.
  const second = await context.newPage();
  await new DesignPage(second).goto();
  await second.waitForTimeout(8000);
  const before = await second.evaluate(() => Date.now());
  await new TenantPage(second).open('Monitor');
  const rows = second.getByRole('row', { name: /Ticker/ });
  await expect(rows.first()).toContainText('Completed');
  // Runs that happened while the package list was shown: the Monitor was not open yet.
  const opened = await second.evaluate(() => Date.now());
  expect(opened - before).toBeLessThan(3000);
  // Opening the tenant only now would leave two runs at most since.
  expect(await rows.count()).toBeGreaterThanOrEqual(ranInFirstTab + 4);
});
