import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';
import { makeRoom, pointAlong } from './pages/canvasRoom';

test.use({ viewport: { width: 1440, height: 900 } });

test('a Router tries its routes in the order set in its properties; inserting a step keeps a route', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Route Order' });
  const props = editor.properties();
  const sim = new SimulationPage(page);
  await connectHttpsSender(editor, '/v1/route-order');

  await test.step('Start → Router → Content Modifier → End', async () => {
    await makeRoom(editor);
    await editor.dragPaletteItem(
      'Router',
      await pointAlong(editor.sequenceFlow('Start', 'End'), 0.3),
    );
    await editor.dragPaletteItem(
      'Content Modifier',
      await pointAlong(editor.sequenceFlow('Router 1', 'End'), 0.5),
    );
    await expect(editor.sequenceFlow('Content Modifier 1', 'End')).toHaveCount(1);
  });

  await test.step('two routes whose conditions both hold for kind=a', async () => {
    const at = await pointAlong(editor.sequenceFlow('Router 1', 'Content Modifier 1'), 0.5);
    await page.mouse.click(at.x, at.y);
    await expect(props).toContainText('Sequence flow: Router 1 → Content Modifier 1');
    await props.getByLabel('Name', { exact: true }).fill('Type A');
    await props.getByLabel('Condition', { exact: true }).fill("${header.kind} = 'a'");
    const cm = await editor.box('Content Modifier 1');
    await editor.dragPaletteItem('End Message', {
      x: cm.x + cm.width / 2,
      y: cm.y + cm.height + 80,
    });
    await expect(editor.node('End 1')).toBeVisible();
    await editor.connect('Router 1', 'End 1');
    await expect(editor.sequenceFlow('Router 1', 'End 1')).toHaveCount(1);
    // The new route is selected.
    await expect(props).toContainText('Sequence flow: Router 1 → End 1');
    await props.getByLabel('Name', { exact: true }).fill('Not B');
    await props.getByLabel('Condition', { exact: true }).fill("${header.kind} != 'b'");
    await editor.select('Router 1');
    await props
      .getByLabel('When no condition matches', { exact: true })
      .selectOption('Throw exception');
    await expect(editor.problems()).toContainText('No problems.');
  });

  const order = props.getByRole('group', { name: 'Route Order' });
  const runAndExpectPath = async (path: string[]) => {
    // With nothing selected the panel lists the steps run.
    await editor.clickEmptyCanvas();
    await sim.run(/^Completed /);
    await expect(sim.stepsRunButtons).toHaveText(path);
  };

  await test.step('the Router lists its routes in drawing order and takes the first that holds', async () => {
    await expect(order.getByRole('row')).toHaveText([
      /Order/,
      /^1\s*Type A\s*Content Modifier 1\s*\$\{header.kind\} = 'a'/,
      /^2\s*Not B\s*End 1\s*\$\{header.kind\} != 'b'/,
    ]);
    await expect(order.getByRole('button', { name: 'Move Type A up' })).toBeDisabled();
    await sim.open();
    await sim.setInput('order', { name: 'kind', value: 'a' });
    await runAndExpectPath(['Start', 'Router 1', 'Content Modifier 1', 'End']);
  });

  await test.step('moving "Not B" up from the keyboard changes the route taken', async () => {
    await editor.select('Router 1');
    const up = order.getByRole('button', { name: 'Move Not B up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(order.getByRole('rowheader')).toHaveText(['Not B', 'Type A']);
    // The focus stays on the moved route (its Move up is disabled now, so on its Move down).
    await expect(order.getByRole('button', { name: 'Move Not B down' })).toBeFocused();
    await runAndExpectPath(['Start', 'Router 1', 'End 1']);
  });

  await test.step('undo puts the old order back', async () => {
    await editor.clickEmptyCanvas();
    await page.keyboard.press('Control+z');
    await editor.select('Router 1');
    await expect(order.getByRole('rowheader')).toHaveText(['Type A', 'Not B']);
    await runAndExpectPath(['Start', 'Router 1', 'Content Modifier 1', 'End']);
  });

  await test.step('a step dropped onto a route keeps its name, condition and place', async () => {
    await editor.select('Router 1');
    await order.getByRole('button', { name: 'Move Type A down' }).click();
    await expect(order.getByRole('rowheader')).toHaveText(['Not B', 'Type A']);
    await editor.dragPaletteItem(
      'Script',
      await pointAlong(editor.sequenceFlow('Router 1', 'Content Modifier 1'), 0.5),
    );
    await expect(editor.sequenceFlow('Router 1', 'Script 1')).toContainText('Type A');
    await expect(editor.sequenceFlow('Script 1', 'Content Modifier 1')).toHaveCount(1);
    // The route says where it stands, and leads to the Router's order.
    // The route is short now: reached from the keyboard.
    await editor.sequenceFlow('Router 1', 'Script 1').focus();
    await page.keyboard.press('Enter');
    await expect(props).toContainText('2 of 2 in the order Router 1 takes its routes.');
    await props.getByRole('button', { name: 'Change the order in Router 1' }).click();
    await expect(order.getByRole('row')).toHaveText([
      /Order/,
      /^1\s*Not B\s*End 1/,
      /^2\s*Type A\s*Script 1\s*\$\{header.kind\} = 'a'/,
    ]);
  });
});
