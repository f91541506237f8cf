import { expect, test } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

const CONFLICT = /This flow was changed in another tab\. Your changes are not saved\./;

test('a second tab follows saved changes of the first while it has none of its own', async ({
  page,
  context,
}) => {
  const { editor: a } = await openNewFlow(page);
  const pageB = await context.newPage();
  await pageB.goto(page.url());
  const b = new FlowEditorPage(pageB);
  await b.expectOpen('Hello World');

  await a.dragPaletteItem('Script', a.sequenceFlow('Start', 'End'));
  await a.expectSaved();
  // Tab B was clean, so it shows A's version without a reload and without a warning.
  await expect(b.node('Script 1')).toBeVisible();
  await expect(b.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(pageB.getByRole('alert').filter({ hasText: CONFLICT })).toHaveCount(0);
});

test('two tabs editing the same flow at once: one is warned, nothing is overwritten silently', async ({
  page,
  context,
}) => {
  const { editor: a } = await openNewFlow(page);
  const pageB = await context.newPage();
  await pageB.goto(page.url());
  const b = new FlowEditorPage(pageB);
  await b.expectOpen('Hello World');

  // Both tabs rename the flow within the same autosave window.
  const nameA = page.getByRole('textbox', { name: 'Flow name', exact: true });
  const nameB = pageB.getByRole('textbox', { name: 'Flow name', exact: true });
  await Promise.all([nameA.fill('Renamed in A'), nameB.fill('Renamed in B')]);

  const warnedA = page.getByRole('alert').filter({ hasText: CONFLICT });
  const warnedB = pageB.getByRole('alert').filter({ hasText: CONFLICT });
  await expect.poll(async () => (await warnedA.count()) + (await warnedB.count())).toBe(1);
  const [loser, loserPage, winnerName] = (await warnedA.count())
    ? [a, page, 'Renamed in B']
    : [b, pageB, 'Renamed in A'];
  await expect(loser.saveState).toHaveText('Changed in another tab');

  // The warned tab takes the other tab's version on request.
  await loserPage.getByRole('button', { name: 'Reload their version' }).click();
  await expect(loserPage.getByRole('alert').filter({ hasText: CONFLICT })).toHaveCount(0);
  await loser.expectOpen(winnerName);
  await expect(loser.saveState).toHaveText('Saved');
});
