import { expect, type Locator, type Page } from '@playwright/test';
import { typeCode } from './monacoTyping';

/** What MonacoPane exposes on `window.__ifsMonaco` while the editor is open (an e2e aid). */
export interface MonacoMarker {
  owner: string;
  message: string;
  line: number;
  column: number;
}

interface MonacoHook {
  getValue(): string;
  getCursor(): { line: number; column: number } | null;
  getMarkers(): MonacoMarker[];
}

/**
 * The Script step editor dialog: Monaco on the script beside the live preview (sample input and
 * the result of the script on it). Typing goes through the real keyboard.
 */
export class ScriptEditorPage {
  readonly dialog: Locator;
  readonly preview: Locator;

  constructor(
    readonly page: Page,
    scriptName: string | RegExp = /^Script editor — /,
  ) {
    this.dialog = page.getByRole('dialog', {
      name: typeof scriptName === 'string' ? `Script editor — ${scriptName}` : scriptName,
    });
    this.preview = this.dialog.getByRole('region', { name: 'Preview' });
  }

  /** Monaco's input (its hidden textarea carries the editor's aria label). */
  get code(): Locator {
    return this.dialog.getByRole('group', { name: 'Script source' });
  }

  get outputBody(): Locator {
    return this.preview.getByRole('region', { name: 'Output body' });
  }

  get previewError(): Locator {
    return this.preview.getByRole('alert');
  }

  get sampleBody(): Locator {
    return this.preview.getByLabel('Sample body', { exact: true });
  }

  /** "Running…" while a preview run is under way. */
  get runState(): Locator {
    return this.preview.getByRole('status');
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** Waits until Monaco shows a script (the model is attached one render after the editor). */
  async expectReady(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect.poll(() => this.text(), { timeout: 20_000 }).not.toBe('');
  }

  /** The script text from Monaco's model (the DOM renders only the visible lines). */
  text(): Promise<string> {
    return this.page.evaluate(
      () => (window as unknown as { __ifsMonaco?: MonacoHook }).__ifsMonaco?.getValue() ?? '',
    );
  }

  /** Monaco's cursor position (1-based line and column). */
  cursor(): Promise<{ line: number; column: number } | null> {
    return this.page.evaluate(
      () => (window as unknown as { __ifsMonaco?: MonacoHook }).__ifsMonaco?.getCursor() ?? null,
    );
  }

  markers(): Promise<MonacoMarker[]> {
    return this.page.evaluate(
      () => (window as unknown as { __ifsMonaco?: MonacoHook }).__ifsMonaco?.getMarkers() ?? [],
    );
  }

  /**
   * Replaces the whole script as a user would: click into the code, select all, type it key by
   * key (see typeCode for how Monaco's auto-closing and auto-indent are gone along with). Monaco
   * re-indents multi-line text, so the model's text is returned for the caller to read positions
   * from; one-line text must arrive exactly.
   */
  async replaceScript(source: string): Promise<string> {
    await this.code.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await typeCode(this.page, source);
    if (!source.includes('\n')) {
      await expect.poll(() => this.text()).toBe(source);
      return source;
    }
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    await expect.poll(async () => squeeze(await this.text())).toBe(squeeze(source));
    return this.text();
  }

  async close(): Promise<void> {
    await this.button('Close').click();
    await expect(this.dialog).toBeHidden();
  }
}
