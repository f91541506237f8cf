import { expect, test, type Locator } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import type { FlowEditorPage } from './pages/FlowEditorPage';
import { makeRoom, pointAlong } from './pages/canvasRoom';
import { ScriptEditorPage } from './pages/ScriptEditorPage';
import { SimulationPage } from './pages/SimulationPage';

// Room for the canvas beside the Simulation panel.
test.use({ viewport: { width: 1440, height: 900 } });

// One line: Monaco auto-indents and auto-closes multi-line text typed into it.
const EXPRESS =
  'function processData(message) { message.setBody("Express: " + message.getBody()); ' +
  'message.setHeader("handledBy", "script"); return message; }';

/** Clicks the canvas's "Zoom In" control until `target` is drawn (or gives up after 5 clicks). */
async function zoomInUntilVisible(editor: FlowEditorPage, target: Locator): Promise<void> {
  const zoomIn = editor.canvas.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 5 && !(await target.isVisible()); i++) {
    await zoomIn.click();
    await editor.page.waitForTimeout(150); // the zoom animates
  }
  await expect(target).toBeVisible();
}

test('simulate a routed flow built in the UI: two inputs, messages per step, a test case', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { editor } = await openNewFlow(page, { pkg: 'Simulation Demo', flow: 'Order Router' });
  const props = editor.properties();
  const sim = new SimulationPage(page);

  await test.step('Sender → Start over HTTPS at /v1/sim', async () => {
    await connectHttpsSender(editor, '/v1/sim');
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
    await expect(props.getByLabel('Address', { exact: true })).toHaveValue('/v1/sim');
  });

  await test.step('Start → Content Modifier → Router → Script → End, dropped onto the links', async () => {
    await makeRoom(editor);
    await editor.dragPaletteItem(
      'Content Modifier',
      await pointAlong(editor.sequenceFlow('Start', 'End'), 0.2),
    );
    await expect(editor.node('Content Modifier 1')).toBeVisible();
    await editor.dragPaletteItem(
      'Router',
      await pointAlong(editor.sequenceFlow('Content Modifier 1', 'End'), 0.2),
    );
    await expect(editor.node('Router 1')).toBeVisible();
    await editor.dragPaletteItem(
      'Script',
      await pointAlong(editor.sequenceFlow('Router 1', 'End'), 0.4),
    );
    await expect(editor.node('Script 1')).toHaveAccessibleName('Script step Script 1');
    await expect(editor.sequenceFlow('Start', 'Content Modifier 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Content Modifier 1', 'Router 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Router 1', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
  });

  await test.step('a second End below, wired from the Router by dragging between handles', async () => {
    const script = await editor.box('Script 1');
    await editor.dragPaletteItem('End Message', {
      x: script.x + script.width / 2,
      y: script.y + script.height + 60,
    });
    await expect(editor.node('End 1')).toHaveAccessibleName('End Message step End 1');
    await editor.connect('Router 1', 'End 1');
    await expect(editor.sequenceFlow('Router 1', 'End 1')).toHaveCount(1);
  });

  await test.step('the new route (still selected) becomes the default route', async () => {
    await expect(props).toContainText('Sequence flow: Router 1 → End 1');
    await props.getByLabel('Name', { exact: true }).fill('Other');
    await props.getByRole('checkbox', { name: 'Default Route' }).check();
    await expect(props.getByLabel('Condition', { exact: true })).toBeHidden();
  });

  await test.step('the route to the Script gets a Non-XML condition', async () => {
    // Both routes leave the Router's handle together: click nearer the Script, where they part
    // (not right at its connection point, which takes the click for the step).
    const toScript = editor.sequenceFlow('Router 1', 'Script 1');
    const at = await pointAlong(toScript, 0.8);
    await page.mouse.click(at.x, at.y);
    await expect(props).toContainText('Sequence flow: Router 1 → Script 1');
    await props.getByLabel('Name', { exact: true }).fill('Type A');
    await props.getByLabel('Expression Type', { exact: true }).selectOption('Non-XML');
    await props.getByLabel('Condition', { exact: true }).fill("${header.kind} = 'type-A'");
    await expect(editor.sequenceFlow('Router 1', 'Script 1')).toContainText('Type A');
  });

  await test.step('Content Modifier: header kind from an expression, body from an expression', async () => {
    await editor.select('Content Modifier 1');
    const headers = props.getByRole('group', { name: 'Headers', exact: true });
    await headers.getByRole('button', { name: 'Add Headers row' }).click();
    await headers.getByLabel('Action, row 1').selectOption('Create');
    await headers.getByLabel('Name, row 1').fill('kind');
    await headers.getByLabel('Source Type, row 1').selectOption('Expression');
    await headers.getByLabel('Source Value, row 1').fill('type-${header.type}');
    await props.getByLabel('Type', { exact: true }).selectOption('Expression');
    await props.getByLabel('Body', { exact: true }).fill('Order ${in.body}');
  });

  await test.step('Script: edited in the script editor to set the body and a header', async () => {
    await editor.node('Script 1').dblclick();
    const script = new ScriptEditorPage(page);
    await script.expectReady();
    await script.replaceScript(EXPRESS);
    expect(await script.text()).toBe(EXPRESS);
    await script.close();
  });

  await test.step('the flow has no problems', async () => {
    await expect(editor.problems()).toContainText('No problems.');
    await editor.expectSaved();
  });

  await test.step('open Simulate; input 1 (type=A) runs through the Script', async () => {
    await editor.clickEmptyCanvas(); // with nothing selected the panel lists the steps run
    await sim.open();
    await expect(sim.status).toHaveText('Not run yet');
    await sim.setInput('42 apples', { name: 'type', value: 'A' });
    await sim.run(/^Completed in .+ · 5 steps run$/);
    await expect(sim.stepsRunButtons).toHaveText([
      'Start',
      'Content Modifier 1',
      'Router 1',
      'Script 1',
      'End',
    ]);
    // The panel narrows the canvas and the view is fitted far out, where badges are not drawn:
    // zoom in as a user would until the steps' names show.
    await zoomInUntilVisible(editor, editor.node('Script 1').getByText('Script 1'));
    for (const name of ['Start', 'Content Modifier 1', 'Router 1', 'Script 1', 'End'])
      await expect(editor.node(name).getByTitle('Ran without error')).toBeVisible();
    await expect(editor.node('End 1').getByTitle('Ran without error')).toHaveCount(0);
  });

  await test.step('the Content Modifier: message before and after (from the Steps run list)', async () => {
    await sim.openStep('Content Modifier 1');
    await expect(sim.body(sim.messageBefore)).toHaveText('42 apples');
    const before = sim.messageBefore.getByRole('table', { name: 'Headers' });
    await expect(before.getByRole('row', { name: /\btype\b/ })).toContainText('A');
    await expect(before).not.toContainText('kind');
    await expect(sim.body(sim.messageAfter)).toContainText('Order 42 apples');
    const kind = sim.messageAfter
      .getByRole('table', { name: 'Headers' })
      .getByRole('row', { name: /\bkind\b/ });
    await expect(kind).toContainText('added');
    await expect(kind).toContainText('type-A');
  });

  await test.step('the Script: message before and after (from the canvas)', async () => {
    await editor.node('Script 1').click();
    await expect(sim.stepRun.getByRole('heading', { name: 'Script 1' })).toBeVisible();
    await expect(sim.body(sim.messageBefore)).toHaveText('Order 42 apples');
    await expect(sim.body(sim.messageAfter)).toContainText('Express: Order 42 apples');
    await expect(
      sim.messageAfter.getByRole('table', { name: 'Headers' }).getByRole('row', {
        name: /handledBy/,
      }),
    ).toContainText('script');
    await sim.allSteps();
  });

  await test.step('save input 1 as a test case with "body equals"', async () => {
    await sim.testCases.getByRole('button', { name: 'Save as test case' }).click();
    const form = sim.testCaseForm;
    await form.getByLabel('Test case name').fill('Type A goes express');
    // The form proposes what the run did: ends ok and the output body.
    await expect(form.getByLabel('Expectation 1', { exact: true })).toHaveValue('endsOk');
    await expect(form.getByLabel('Expectation 2', { exact: true })).toHaveValue('bodyEquals');
    await form.getByLabel('Expectation 2 value').fill('Express: Order 42 apples');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await expect(form).toBeHidden();
    await expect(sim.testCases.getByRole('list', { name: 'Saved test cases' })).toContainText(
      'Type A goes express',
    );
  });

  await test.step('input 2 (type=B) takes the default route to the other End', async () => {
    await sim.headerValues.first().fill('B');
    await sim.run(/^Completed in .+ · 4 steps run$/);
    await expect(sim.stepsRunButtons).toHaveText([
      'Start',
      'Content Modifier 1',
      'Router 1',
      'End 1',
    ]);
    await expect(editor.node('End 1').getByTitle('Ran without error')).toBeVisible();
    await expect(editor.node('Script 1').getByTitle('Ran without error')).toHaveCount(0);
    await expect(editor.node('End').getByTitle('Ran without error')).toHaveCount(0);
    await sim.openStep('End 1');
    await expect(sim.body(sim.messageAfter)).toHaveText('Order 42 apples');
    await expect(
      sim.messageAfter.getByRole('table', { name: 'Headers' }).getByRole('row', { name: /kind/ }),
    ).toContainText('type-B');
    await sim.allSteps();
  });

  await test.step('run the saved test case: it passes (its own input, type=A)', async () => {
    await sim.testCases.getByRole('button', { name: 'Run test case Type A goes express' }).click();
    await expect(sim.testResults).toContainText('Type A goes express: passed');
    await expect(sim.testResults).toContainText('Results: 1 of 1 passed');
  });

  await test.step('a run to a chosen end step (the Router) ends ok, and so does its test case', async () => {
    await sim.endStep.selectOption('Router 1');
    await sim.run(/^Completed in .+ · 3 steps run$/);
    await expect(sim.stepsRunButtons).toHaveText(['Start', 'Content Modifier 1', 'Router 1']);
    await expect(editor.node('Router 1').getByTitle('Ran without error')).toBeVisible();
    await expect(editor.node('End 1').getByTitle('Ran without error')).toHaveCount(0);
    await sim.testCases.getByRole('button', { name: 'Save as test case' }).click();
    const form = sim.testCaseForm;
    await form.getByLabel('Test case name').fill('Stops at the Router');
    await expect(form.getByLabel('Expectation 1', { exact: true })).toHaveValue('endsOk');
    await expect(form.getByLabel('Expectation 2 value')).toHaveValue('Order 42 apples');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await expect(form).toBeHidden();
    await sim.testCases.getByRole('button', { name: 'Run all', exact: true }).click();
    await expect(sim.testResults).toContainText('Results: 2 of 2 passed');
    await expect(sim.testResults).toContainText('Type A goes express: passed');
    await expect(sim.testResults).toContainText('Stops at the Router: passed');
  });

  await test.step('step by step: Step, Step, Continue to the end; Step then Stop', async () => {
    await sim.endStep.selectOption('End event');
    await sim.button('Step').click();
    await expect(sim.status).toHaveText('Paused · 1 step run');
    await expect(sim.panel).toContainText('Next: Content Modifier 1');
    await sim.button('Step').click();
    await expect(sim.status).toHaveText('Paused · 2 steps run');
    await expect(sim.panel).toContainText('Next: Router 1');
    await sim.button('Continue').click();
    await expect(sim.status).toHaveText(/^Completed in .+ · 4 steps run$/);
    await expect(sim.button('Continue')).toBeDisabled();
    await sim.button('Step').click();
    await expect(sim.status).toHaveText('Paused · 1 step run');
    await sim.button('Stop').click();
    await expect(sim.status).toHaveText(/^Stopped in .+ · 1 step run$/);
    await expect(sim.button('Stop')).toBeDisabled();
  });
});
