import { expect, test } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { SimulationPage } from './pages/SimulationPage';
import { makeRoom, pointAlong } from './pages/canvasRoom';

test.use({ viewport: { width: 1440, height: 900 } });

test('a Parallel Multicast sends a copy down two branches; Join and Gather bring them together', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { editor } = await openNewFlow(page, { pkg: 'Orders', flow: 'Fan Out' });
  const props = editor.properties();
  await connectHttpsSender(editor, '/v1/fan-out');

  await test.step('Multicast → Content Modifier → Join → Gather dropped onto the links', async () => {
    await makeRoom(editor);
    let last = 'Start';
    for (const [item, name] of [
      ['Parallel Multicast', 'Parallel Multicast 1'],
      ['Content Modifier', 'Content Modifier 1'],
      ['Join', 'Join 1'],
      ['Gather', 'Gather 1'],
    ] as const) {
      await editor.dragPaletteItem(item, await pointAlong(editor.sequenceFlow(last, 'End'), 0.25));
      await expect(editor.sequenceFlow(last, name)).toHaveCount(1);
      last = name;
    }
    await expect(editor.sequenceFlow('Gather 1', 'End')).toHaveCount(1);
  });

  await test.step('a second branch below, wired by dragging between handles', async () => {
    const first = await editor.box('Content Modifier 1');
    await editor.dragPaletteItem('Content Modifier', {
      x: first.x + first.width / 2,
      y: first.y + first.height + 70,
    });
    await expect(editor.node('Content Modifier 2')).toBeVisible();
    await editor.connect('Parallel Multicast 1', 'Content Modifier 2');
    await expect(editor.sequenceFlow('Parallel Multicast 1', 'Content Modifier 2')).toHaveCount(1);
    await editor.connect('Content Modifier 2', 'Join 1');
    await expect(editor.sequenceFlow('Content Modifier 2', 'Join 1')).toHaveCount(1);
  });

  await test.step('each branch writes its own body', async () => {
    for (const [name, body] of [
      ['Content Modifier 1', 'A:${in.body};'],
      ['Content Modifier 2', 'B:${in.body};'],
    ] as const) {
      await editor.select(name);
      await props.getByLabel('Type', { exact: true }).selectOption('Expression');
      await props.getByLabel('Body', { exact: true }).click();
      await page.keyboard.type(body);
    }
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  await test.step('simulated: both branches ran on a copy, the Gather concatenated them', async () => {
    await editor.clickEmptyCanvas();
    const sim = new SimulationPage(page);
    await sim.open();
    await sim.setInput('order', { name: 'Content-Type', value: 'text/plain' });
    await sim.run(/^Completed /);
    const rows = sim.stepsRun.getByRole('listitem');
    await expect(rows.filter({ hasText: 'Parallel Multicast 1' })).toContainText('2 branches');
    await expect(rows.filter({ hasText: 'Content Modifier 1' })).toContainText('branch 1 of 2');
    await expect(rows.filter({ hasText: 'Content Modifier 2' })).toContainText('branch 2 of 2');
    await expect(rows.filter({ hasText: 'Join 1' })).toContainText('2 gathered');
    await sim.openStep('Gather 1');
    await expect(sim.body(sim.messageAfter)).toContainText('A:order;B:order;');
  });
});
