import { expect, test } from '@playwright/test';
import { bigFlow } from '../scripts/bench/bigFlow';
import { exportFlow } from '../src/core/io';
import { openNewFlow } from './fixtures/setup';

test.use({ viewport: { width: 1440, height: 900 } });

test('a big flow opens at 100 % on its start, drawing only what is on screen; Fit view shows all of it, and it reopens as it was left', async ({
  page,
}) => {
  const { design, editor } = await openNewFlow(page);
  await editor.backToPackage();
  const flow = bigFlow(400, 'Big_400');
  await design.importFlow({ name: 'big.flow.json', text: exportFlow(flow) });
  await design.openFlow(flow.name);
  await editor.expectOpen(flow.name);

  // Readable at once: the Sender, Start and the first steps at full size, near the top left.
  const steps = editor.canvas.getByRole('group', { name: / step (Script|Modifier) \d+$/ });
  const first = await editor.box('Script 1');
  expect(first.width).toBeCloseTo(120, -1);
  await expect(editor.node('Start')).toBeInViewport();
  await expect(editor.node('Sender')).toBeInViewport();
  // Only the part on screen is drawn (the whole flow would be 400 step nodes).
  const drawn = await steps.count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(150);
  await expect(editor.node('Modifier 400')).toHaveCount(0);

  // Links are drawn as links (named, focusable) at this zoom.
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);

  // A click selects a step as on any flow.
  await editor.select('Script 1');

  // Fit view: all 400 steps drawn, the last one on screen.
  await editor.button('Fit view').click();
  await expect(editor.node('Modifier 400')).toBeInViewport();
  await expect(steps).toHaveCount(400);
  // Zoomed this far out the links are hairlines, drawn together as one shape instead of one
  // focusable link each (the properties panel's Connections group still lists them).
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(0);
  const links = page.locator('.ifs-far-links__sequence');
  await expect(links).toHaveAttribute('d', /^M.*M/);
  await editor.select('Modifier 400');
  await expect(
    page.getByRole('region', { name: 'Properties' }).getByRole('button', {
      name: 'Remove link from Script 399',
    }),
  ).toBeVisible();

  // Back to the package and in again: the flow is shown as it was left.
  await editor.backToPackage();
  await design.openFlow(flow.name);
  await editor.expectOpen(flow.name);
  await expect(editor.node('Modifier 400')).toBeInViewport();
  await expect(editor.node('Script 1')).toBeInViewport();
});
