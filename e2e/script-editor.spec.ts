import { expect, test, type Page } from '@playwright/test';
import { connectHttpsSender, openNewFlow } from './fixtures/setup';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';

// Room for the canvas and, in the script editor, Monaco beside the preview.
test.use({ viewport: { width: 1440, height: 900 } });

const HELLO =
  'function processData(message) { var body = message.getBody(); message.setBody("Hello world from IFlow"); return message; }';
// The error is on line 3 (Monaco re-indents the inserted lines and may close the brace).
const SYNTAX_ERROR =
  'function processData(message) {\n  var body = message.getBody();\n  message.setBody("x" +);\n  return message;\n}';
const ENDLESS = 'function processData(message) { while (true) {} return message; }';
const TIME_LIMIT = 'Script exceeded its time limit of 1000 ms';

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

/** Milliseconds until the page paints its next frame: the main thread is free when this is short. */
function nextFrameDelay(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
}

test('Script step: edit in Monaco, live preview, syntax error marker, endless loop, persistence', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const script = new ScriptEditorPage(page);

  await test.step('create a package and a flow, open it', async () => {
    await design.goto();
    await design.createPackage({ name: 'Script Demo' });
    await design.addFlow('Hello Script');
    await design.openFlow('Hello Script');
    await editor.expectOpen('Hello Script');
  });

  await test.step('drag a Script from the palette onto the Start → End link', async () => {
    await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
    await expect(editor.node('Script 1')).toHaveAccessibleName('Script step Script 1');
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
  });

  await test.step('double-click the Script step: the editor opens on the generated template', async () => {
    await editor.node('Script 1').dblclick();
    await script.expectReady();
    await expect(script.dialog).toHaveAccessibleName(/^Script editor — .+\.js$/);
    const template = await script.text();
    expect(template).toContain('importClass(com.sap.gateway.ip.core.customdev.util.Message)');
    expect(template).toContain('function processData(message)');
  });

  await test.step('type the Hello World script: the preview body follows', async () => {
    await script.replaceScript(HELLO);
    await expect(script.outputBody).toHaveText('Hello world from IFlow');
    await expect(script.previewError).toHaveCount(0);
  });

  await test.step('a syntax error: a marker on its line and the error in the preview', async () => {
    const text = await script.replaceScript(SYNTAX_ERROR);
    const line = lineOf(text, '"x" +)');
    expect(line).toBe(3);
    await expect(script.previewError).toContainText('SyntaxError');
    await expect(script.previewError).toContainText(`(line ${line}:`);
    await expect
      .poll(async () => (await script.markers()).filter((m) => m.owner === 'script-run'))
      .toEqual([expect.objectContaining({ line, message: expect.stringMatching(/^SyntaxError/) })]);
    const lines = text.split('\n').length;
    for (const m of await script.markers()) expect(m.line).toBeLessThanOrEqual(lines);
  });

  await test.step('an extra closing brace at the end is reported on its own line', async () => {
    const text = await script.replaceScript(`${HELLO}\n}`);
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)?.trim()).toBe('}');
    await expect(script.previewError).toContainText(`SyntaxError`);
    await expect(script.previewError).toContainText(`(line ${lines.length}:`);
    await expect
      .poll(async () => (await script.markers()).filter((m) => m.owner === 'script-run'))
      .toEqual([expect.objectContaining({ line: lines.length })]);
  });

  await test.step('an endless loop is stopped at the time limit while the page stays responsive', async () => {
    // Typed key by key, the loop already runs before the last keys (Monaco closed its braces).
    await script.replaceScript(ENDLESS);
    // While the loop runs in the sandbox worker: typing, clicking and painting all go on. Each
    // key typed in the sample starts a new run of the loop.
    await script.sampleBody.click();
    await page.keyboard.type('order 42');
    await expect(script.runState).toHaveText('Running…');
    // A loop on the main thread would hold the frame for the whole second of the time limit.
    expect(await nextFrameDelay(page)).toBeLessThan(500);
    await expect(script.sampleBody).toHaveValue('order 42');
    await script.button('Find').click();
    await expect(script.dialog.getByRole('textbox', { name: 'Find' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(script.previewError).toHaveText(`TimeoutError: ${TIME_LIMIT}`, {
      timeout: 15_000,
    });
  });

  await test.step('after the time-out a good script runs again', async () => {
    await script.replaceScript(HELLO);
    await expect(script.outputBody).toHaveText('Hello world from IFlow');
    await expect(script.previewError).toHaveCount(0);
    await expect
      .poll(async () => (await script.markers()).filter((m) => m.owner === 'script-run'))
      .toEqual([]);
  });

  await test.step('close, reload, reopen from the Properties panel: the script was saved', async () => {
    await script.close();
    await editor.expectSaved();
    await page.reload();
    await editor.expectOpen('Hello Script');
    await editor.select('Script 1');
    await editor.properties().getByRole('button', { name: 'Edit script' }).click();
    await script.expectReady();
    expect(await script.text()).toBe(HELLO);
    await expect(script.sampleBody).toHaveValue('order 42');
    await expect(script.outputBody).toHaveText('Hello world from IFlow');
  });
});

test('a syntax error is a problem of the Script step at its line; the problem opens the script there; deploy refuses', async ({
  page,
}) => {
  const { editor } = await openNewFlow(page, { flow: 'Broken Script' });
  await connectHttpsSender(editor, '/v1/broken');
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.node('Script 1').dblclick();
  const script = new ScriptEditorPage(page);
  await script.expectReady();
  const file = (await script.dialog.getAttribute('aria-label'))!.replace('Script editor — ', '');
  const text = await script.replaceScript(SYNTAX_ERROR);
  const line = lineOf(text, '"x" +)');
  const column = text.split('\n')[line - 1]!.indexOf(')') + 1;
  await script.close();

  const problem = editor
    .problems()
    .getByRole('button', { name: new RegExp(`syntax error in ${file.replace('.', '\\.')}`) });
  await expect(problem).toHaveText(
    `Error:Script 1: syntax error in ${file}, line ${line}, column ${column}: Unexpected token`,
  );
  await expect(editor.problems().getByRole('button', { name: /^Problems/ })).toContainText('1');

  await problem.click();
  await expect(editor.node('Script 1')).toHaveClass(/selected/);
  await script.expectReady();
  await expect.poll(() => script.cursor()).toEqual({ line, column: 1 });
  await script.close();

  const deployment = page.getByRole('group', { name: 'Deployment' });
  await deployment.getByRole('button', { name: 'Deploy', exact: true }).click();
  const refused = page.getByRole('dialog', { name: 'Deployment refused' });
  await expect(refused).toContainText(`Script 1: syntax error in ${file}, line ${line}`);
  await refused.getByRole('button', { name: 'Close' }).filter({ hasText: 'Close' }).click();
  await expect(deployment).toContainText('Not deployed');

  // Fixed: the problem goes away and the flow deploys.
  await editor.node('Script 1').dblclick();
  await script.expectReady();
  await script.replaceScript(HELLO);
  await script.close();
  await expect(editor.problems()).toContainText('No problems.');
  await deployment.getByRole('button', { name: 'Deploy', exact: true }).click();
  await expect(deployment).toContainText('Started');
});

test('a new Groovy script from the script editor: CPI template, live preview, parse errors in the problems list', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { editor } = await openNewFlow(page);
  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await editor.node('Script 1').dblclick();
  const script = new ScriptEditorPage(page, /^Script editor — /);
  await script.expectReady();

  // New script → Groovy: script1.groovy, used by this step, with CPI's Groovy template.
  await script.button('New script').click();
  await page
    .getByRole('menu', { name: 'New script' })
    .getByRole('menuitem', { name: /Groovy/ })
    .click();
  await expect(script.dialog).toHaveAccessibleName('Script editor — script1.groovy');
  await expect.poll(() => script.text()).toContain('def Message processData(Message message)');
  await expect(script.code.getByRole('textbox', { name: /Groovy code/ })).toBeAttached();

  // The preview runs the Groovy template on the sample message.
  await script.sampleBody.fill('order 42');
  await expect(script.outputBody).toContainText('order 42 Body is modified');

  // A parse error, typed: a problem of the step at its Groovy line once the editor is closed.
  await script.replaceScript(
    'def Message processData(Message message) {\nmessage.setBody([1, 2)\nreturn message\n}',
  );
  await expect(script.previewError).toBeVisible();
  await script.close();
  await expect(editor.problems()).toContainText(
    /Script 1: syntax error in script1\.groovy, line 2/,
  );
});
