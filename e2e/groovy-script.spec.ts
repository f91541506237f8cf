import { expect, test } from '@playwright/test';
import { artifactZip } from '../src/core/io/cpi/fixtures/archives';
import { helloWorldIflw } from '../src/core/io/cpi/fixtures/iflwBuilder';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { ScriptEditorPage } from './pages/ScriptEditorPage';
import { SimulationPage } from './pages/SimulationPage';

test.use({ viewport: { width: 1440, height: 900 } });

const MAP_ORDER = `import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def order = new JsonSlurper().parseText(message.getBody(String))
    message.setHeader('X-Order-Id', order.id)
    message.setBody(JsonOutput.toJson([orderId: order.id, total: order.items.sum { it.qty }]))
    return message
}
`;

function groovyZip(): Buffer {
  const iflw = helloWorldIflw({
    address: '/v1/orders',
    scriptName: 'Map Order',
    scriptFile: 'MapOrder.groovy',
  });
  return Buffer.from(
    artifactZip('Orders_Groovy', 'Orders Groovy', iflw, {
      'src/main/resources/script/MapOrder.groovy': MAP_ORDER,
    }),
  );
}

const ORDER = '{"id":"A1","items":[{"qty":2},{"qty":3}]}';

test('a CPI archive with a Groovy JsonSlurper mapping: simulate it, then edit the Groovy and watch the preview', async ({
  page,
}) => {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const sim = new SimulationPage(page);
  const scriptEditor = new ScriptEditorPage(page, 'MapOrder.groovy');

  await test.step('import the archive', async () => {
    await design.goto();
    await design.createPackage({ name: 'Groovy Orders' });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import flow' }).click();
    await (
      await chooser
    ).setFiles({ name: 'Orders_Groovy.zip', mimeType: 'application/zip', buffer: groovyZip() });
    const report = design.dialog('Import report');
    await expect(report).toContainText('1 integration flow imported');
    await report.getByRole('button', { name: 'Open “Orders Groovy”' }).click();
    await editor.expectOpen('Orders Groovy');
    await expect(editor.problems()).toContainText('No problems.');
  });

  await test.step('simulate: the Groovy script maps the JSON body and sets a header', async () => {
    await sim.open();
    await sim.inputBody.click();
    await page.keyboard.type(ORDER);
    await sim.run();
    await sim.openStep('Map Order');
    // The trace shows JSON bodies pretty-printed.
    await expect(sim.body(sim.messageAfter)).toContainText('"orderId": "A1"');
    await expect(sim.body(sim.messageAfter)).toContainText('"total": 5');
    await expect(sim.messageAfter).toContainText('X-Order-Id');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  });

  await test.step('edit the Groovy key by key: the live preview follows', async () => {
    await editor.select('Map Order');
    await editor.properties().getByRole('button', { name: 'Edit script' }).click();
    await scriptEditor.expectReady();
    await scriptEditor.sampleBody.click();
    await page.keyboard.type(ORDER);
    await expect(scriptEditor.outputBody).toContainText('"orderId": "A1"');
    await expect(scriptEditor.outputBody).toContainText('"total": 5');

    await scriptEditor.replaceScript(
      [
        'import groovy.json.JsonSlurper',
        'def Message processData(Message message) {',
        'def order = new JsonSlurper().parseText(message.getBody(String))',
        'def skus = order.items.collect { it.qty * 10 }',
        'message.setBody("Order ${order.id}: ${skus.join(\'+\')}")',
        'return message',
        '}',
      ].join('\n'),
    );
    await expect(scriptEditor.outputBody).toHaveText('Order A1: 20+30');

    // A Groovy error points at its Groovy line.
    await scriptEditor.replaceScript(
      ['def Message processData(Message message) {', 'throw new Exception("no order")', '}'].join(
        '\n',
      ),
    );
    await expect(scriptEditor.previewError).toContainText('no order');
    await expect(scriptEditor.previewError).toContainText('line 2');
    await expect.poll(async () => (await scriptEditor.markers()).map((m) => m.line)).toContain(2);

    // A parse error and a refused feature are marked while typing, at their Groovy line.
    await scriptEditor.replaceScript(['def x = 1', 'def y = [1, 2', 'return y'].join('\n'));
    await expect(scriptEditor.previewError).toContainText('SyntaxError');
    await scriptEditor.replaceScript(
      [
        'def Message processData(Message message) {',
        'evaluate("1 + 1")',
        'return message',
        '}',
      ].join('\n'),
    );
    await expect(scriptEditor.previewError).toContainText(
      'Groovy feature evaluate is not supported in the studio (line 2)',
    );
    await expect.poll(async () => (await scriptEditor.markers()).map((m) => m.line)).toContain(2);

    // Completion offers the Message API after "message.".
    await scriptEditor.replaceScript('message.getB');
    await expect(page.locator('.monaco-editor .suggest-widget.visible')).toContainText('getBody');
    await page.keyboard.press('Escape');
    await scriptEditor.close();
  });
});
