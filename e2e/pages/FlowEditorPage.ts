import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { centreOf, dropFile, mouseDrag, type Box, type Point } from './pointer';

export { centreOf, type Box, type Point } from './pointer';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The flow editor: palette, canvas, properties, problems and the header toolbar. Every
 * gesture goes through the real mouse and keyboard (page.mouse / page.keyboard).
 */
export class FlowEditorPage {
  readonly canvas: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('application', { name: 'Flow diagram' });
    this.palette = page.getByRole('navigation', { name: 'Palette' });
  }

  /** Waits until the editor shows the given flow. */
  async expectOpen(flowName: string): Promise<void> {
    await expect(this.canvas).toBeVisible();
    await expect(this.page.getByRole('textbox', { name: 'Flow name', exact: true })).toHaveValue(
      flowName,
    );
  }

  /**
   * A node on the canvas by the element's name ("Start", "Script 1", "Sender"); its accessible
   * name is "<type> step <name>", "<kind> participant <name>" or "Integration Process <name>".
   */
  node(name: string): Locator {
    const re = new RegExp(
      `^(.+ step|Sender participant|Receiver participant|Integration Process) ${escapeRegExp(name)}$`,
    );
    return this.canvas.getByRole('group', { name: re });
  }

  /** Nodes of steps of one type, e.g. steps('Script'). */
  steps(typeLabel: string): Locator {
    return this.canvas.getByRole('group', {
      name: new RegExp(`^${escapeRegExp(typeLabel)} step `),
    });
  }

  /** A link by its ends: "Sequence flow from A to B" / "Message flow HTTPS from A to B". */
  sequenceFlow(from: string, to: string): Locator {
    return this.canvas.getByRole('group', {
      name: `Sequence flow from ${from} to ${to}`,
      exact: true,
    });
  }

  messageFlow(from: string, to: string): Locator {
    return this.canvas.getByRole('group', {
      name: new RegExp(`^Message flow \\S+ from ${escapeRegExp(from)} to ${escapeRegExp(to)}$`),
    });
  }

  /** Every link on the canvas. */
  get links(): Locator {
    return this.canvas.locator('[aria-roledescription="edge"]');
  }

  /** Every node on the canvas (steps, participants and the pool). */
  get nodes(): Locator {
    return this.canvas.locator('[aria-roledescription="node"]');
  }

  /** Selected nodes (React Flow marks them with the class "selected"). */
  get selectedNodes(): Locator {
    return this.canvas.locator('.react-flow__node.selected');
  }

  get unselectedNodes(): Locator {
    return this.canvas.locator('.react-flow__node:not(.selected)');
  }

  handle(name: string, side: 'source' | 'target'): Locator {
    const label = side === 'source' ? `Connect from ${name}` : `Connect to ${name}`;
    return this.canvas.getByLabel(label, { exact: true });
  }

  properties(): Locator {
    return this.page.getByRole('region', { name: 'Properties' });
  }

  problems(): Locator {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  /** The autosave state in the editor header ("Saved", "Saving…", …). */
  get saveState(): Locator {
    return this.page.getByTestId('editor-save-state');
  }

  get adapterDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Choose adapter type' });
  }

  /** An alert shown by the app (refusals, errors). */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  button(name: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Flow editor tools' })
      .getByRole('button', { name, exact: true });
  }

  /** Screen box of a node (position and size in page pixels). */
  async box(name: string): Promise<Box> {
    const b = await this.node(name).boundingBox();
    if (!b) throw new Error(`node "${name}" is not visible`);
    return b;
  }

  /** A real mouse drag from `from` to `to` (screen points). */
  async mouseDrag(from: Point, to: Point, steps = 12): Promise<void> {
    await mouseDrag(this.page, from, to, steps);
  }

  /** Drags a connection from `from`'s source handle to `to`'s target handle. */
  async connect(from: string, to: string): Promise<void> {
    const start = await centreOf(this.handle(from, 'source'));
    const targetHandle = this.handle(to, 'target');
    // An element without a target handle (Start) is still a drop target: its body.
    const end = (await targetHandle.count())
      ? await centreOf(targetHandle)
      : await centreOf(this.node(to));
    await this.mouseDrag(start, end);
  }

  /** Moves a node with the mouse by (dx, dy) screen pixels, grabbing it at its centre. */
  async dragNode(name: string, dx: number, dy: number): Promise<void> {
    const c = await centreOf(this.node(name));
    await this.mouseDrag(c, { x: c.x + dx, y: c.y + dy });
  }

  /**
   * Drags a palette item onto the canvas with the real mouse (native HTML5 drag and drop).
   * `target` is a screen point or an element whose centre is the drop point.
   */
  async dragPaletteItem(label: string, target: Point | Locator): Promise<void> {
    const item = this.paletteItem(label);
    // A long palette scrolls: bring the item into view first, as a person would.
    await item.scrollIntoViewIfNeeded();
    const from = await centreOf(item);
    const to = 'x' in target ? target : await centreOf(target);
    await this.mouseDrag(from, to, 20);
  }

  paletteItem(label: string): Locator {
    return this.palette.getByRole('button', { name: label, exact: true });
  }

  get paletteSearch(): Locator {
    return this.palette.getByRole('searchbox', { name: 'Search palette' });
  }

  /** Clicks an element on the canvas to select it. */
  async select(name: string): Promise<void> {
    await this.node(name).click();
    await expect(this.node(name)).toHaveClass(/selected/);
  }

  /** Clicks an empty part of the canvas (top-left corner of the pane), clearing the selection. */
  async clickEmptyCanvas(): Promise<void> {
    const b = await this.canvas.boundingBox();
    if (!b) throw new Error('canvas not visible');
    await this.page.mouse.click(b.x + 15, b.y + 15);
  }

  /** Drops a file on the canvas, as when dragging it from the desktop onto the editor. */
  async dropFile(file: { name: string; text: string }): Promise<void> {
    await dropFile(this.page, this.canvas, file);
  }

  /** Opens the header's Export menu and chooses `item` ("Flow file" or "CPI archive"). */
  async chooseExport(item: 'Flow file' | 'CPI archive'): Promise<void> {
    await this.button('Export').click();
    await this.page
      .getByRole('menu', { name: 'Export' })
      .getByRole('menuitem', { name: item })
      .click();
  }

  /** Exports the flow file from the Export menu and returns the downloaded file's name and text. */
  async exportFlow(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.chooseExport('Flow file');
    const d = await download;
    const path = await d.path();
    return { fileName: d.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Goes back to the package page and waits for it (its Artifacts list) to be shown. */
  async backToPackage(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to package' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: /^Artifacts/ })).toBeVisible();
  }

  /** Waits until autosave has written the latest change. */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Saved');
  }
}
