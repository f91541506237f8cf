import { expect, test, type Locator, type Page } from '@playwright/test';
import { openNewFlow } from './fixtures/setup';
import type { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

/**
 * Selects a node from the keyboard: focus it (as Tab would) and press Space, React Flow's
 * selection key. (Enter also selects, but on a Script step it opens the script editor.)
 */
async function selectWithKeyboard(editor: FlowEditorPage, name: string): Promise<void> {
  await editor.node(name).focus();
  await editor.page.keyboard.press(' ');
  await expect(editor.node(name)).toHaveClass(/selected/);
}

/** Presses Enter on a control reached by focus, as Tab would reach it. */
async function activate(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Picks "Connect to" by typing the start of the element's label, then presses "Connect". */
async function connectVia(page: Page, props: Locator, label: string): Promise<void> {
  const select = props.getByLabel('Connect to', { exact: true });
  await select.focus();
  await page.keyboard.type(label.split(' ')[0]!);
  await expect(select.locator('option:checked')).toHaveText(label);
  await page.keyboard.press('Tab');
  const connect = props.getByRole('button', { name: 'Connect', exact: true });
  await expect(connect).toBeFocused();
  await page.keyboard.press('Enter');
}

test('the Hello World flow is drawn with the keyboard only', async ({ page }) => {
  const { editor } = await openNewFlow(page);
  const props = editor.properties();
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });

  await test.step('Sender → Start from the Properties panel, HTTPS in the adapter dialog', async () => {
    await selectWithKeyboard(editor, 'Sender');
    await expect(props).toContainText('Sender participant');
    const connectTo = props.getByLabel('Connect to', { exact: true });
    // A Sender can connect only to a Start event: the list offers nothing else.
    await expect(connectTo.locator('option')).toHaveText(['Start Message step Start']);
    await connectTo.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect(editor.adapterDialog).toBeVisible();
    const https = editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true });
    await expect(https).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.adapterDialog).toBeHidden();

    await expect(
      editor.canvas.getByRole('group', {
        name: 'Message flow HTTPS from Sender to Start',
        exact: true,
      }),
    ).toHaveCount(1);
    await expect(status('Connected: Message flow HTTPS from Sender to Start')).toBeVisible();
    // Selected like a drag's link: the panel shows the adapter, and the focus stays in it.
    await expect(props).toContainText('Sender adapter');
    await expect(props.getByRole('heading', { name: 'Properties' })).toBeFocused();
  });

  await test.step('type the adapter address', async () => {
    const address = props.getByLabel('Address', { exact: true });
    await address.focus();
    await page.keyboard.type('/v1/test/hello');
    await expect(address).toHaveValue('/v1/test/hello');
  });

  await test.step('add a Script from the palette search with Enter', async () => {
    await editor.paletteSearch.focus();
    await page.keyboard.type('Script');
    await page.keyboard.press('Tab');
    await expect(editor.paletteItem('Script')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.node('Script 1')).toHaveAccessibleName('Script step Script 1');
  });

  await test.step('remove Start → End with its button in the Properties panel', async () => {
    await selectWithKeyboard(editor, 'Start');
    // Start has its one outgoing link already: nothing to connect to until it is removed.
    await expect(props.getByLabel('Connect to', { exact: true })).toBeDisabled();
    await activate(page, props.getByRole('button', { name: 'Remove link to End', exact: true }));
    await expect(editor.sequenceFlow('Start', 'End')).toHaveCount(0);
    await expect(status('Removed: Sequence flow from Start to End')).toBeVisible();
    // The focus lands on "Connect to", now offering End and Script 1.
    await expect(props.getByLabel('Connect to', { exact: true })).toBeFocused();
  });

  await test.step('connect Start → Script 1 and Script 1 → End with the select', async () => {
    await connectVia(page, props, 'Script step Script 1');
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(status('Connected: Sequence flow from Start to Script 1')).toBeVisible();
    await expect(props).toContainText('Sequence flow: Start → Script 1');

    await selectWithKeyboard(editor, 'Script 1');
    await expect(
      props.getByRole('button', { name: 'Remove link from Start', exact: true }),
    ).toBeVisible();
    await connectVia(page, props, 'End Message step End');
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);
  });

  await test.step('the Problems panel shows no problems', async () => {
    await expect(editor.problems()).toContainText('No problems.');
    await expect(editor.problems().getByRole('listitem')).toHaveCount(0);
  });

  await test.step('Ctrl+Z undoes the last connection only', async () => {
    await expect(props.getByRole('heading', { name: 'Properties' })).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(0);
    await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
    await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);
  });
});
