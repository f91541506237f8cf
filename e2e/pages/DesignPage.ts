import { expect, type Locator, type Page } from '@playwright/test';

export interface NewPackage {
  name: string;
  shortDescription?: string;
  /** The technical name the dialog must derive from the name. */
  expectTechnicalName?: string;
}

/** A file handed to a file input: built in memory, so no temp files are needed. */
export interface InMemoryFile {
  name: string;
  text: string;
}

/** The Design view: package list, package page and its integration flows (CPI's "Artifacts"). */
export class DesignPage {
  constructor(readonly page: Page) {}

  /** Opens the package list (a fresh browser context starts with an empty IndexedDB). */
  async goto(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Design' })).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Creates a package through "Create package" and lands on its page. */
  async createPackage(p: NewPackage): Promise<void> {
    await this.page.getByRole('button', { name: 'Create package' }).click();
    const dlg = this.dialog('Create package');
    await dlg.getByLabel('Name', { exact: true }).fill(p.name);
    if (p.expectTechnicalName)
      await expect(dlg.getByLabel('Technical Name')).toHaveValue(p.expectTechnicalName);
    if (p.shortDescription) await dlg.getByLabel('Short Description').fill(p.shortDescription);
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(dlg).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: p.name })).toBeVisible();
  }

  get flowTable(): Locator {
    return this.page.getByRole('table', { name: 'Integration flows' });
  }

  /** The row of a flow in the package's flow table, found by its name link. */
  flowRow(name: string): Locator {
    return this.flowTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The row of a flow by its ID (names may repeat, IDs do not). */
  flowRowById(id: string): Locator {
    return this.flowTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: id, exact: true }) });
  }

  /** Names of the flows listed on the package page, in order. */
  async flowNames(): Promise<string[]> {
    if ((await this.flowTable.count()) === 0) return [];
    return this.flowTable.getByRole('rowheader').allInnerTexts();
  }

  /** Adds a flow with "Add integration flow"; returns the ID the dialog derived. */
  async addFlow(name: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Add integration flow' }).click();
    const dlg = this.dialog('Add integration flow');
    await dlg.getByLabel('Name', { exact: true }).fill(name);
    const id = await dlg.getByLabel('ID', { exact: true }).inputValue();
    await dlg.getByRole('button', { name: 'Add' }).click();
    await expect(dlg).toBeHidden();
    await expect(this.flowRow(name)).toBeVisible();
    return id;
  }

  async openFlow(name: string): Promise<void> {
    await this.flowRow(name).getByRole('link', { name, exact: true }).click();
  }

  async deleteFlow(name: string): Promise<void> {
    await this.flowRow(name).getByRole('button', { name: 'Delete' }).click();
    const dlg = this.dialog('Delete integration flow');
    await expect(dlg).toContainText(name);
    await dlg.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dlg).toBeHidden();
    await expect(this.flowRow(name)).toHaveCount(0);
  }

  /**
   * Imports through the package's "Import flow" button: the button opens the system file
   * picker, which Playwright answers with the file (as a person choosing it would).
   */
  async importFlow(file: InMemoryFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import flow' }).click();
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text, 'utf8'),
    });
  }

  get importFailedDialog(): Locator {
    return this.dialog('Import failed');
  }

  /** Closes "Import failed" with its footer button (the header's × is also named "Close"). */
  async closeImportErrors(): Promise<void> {
    const dlg = this.importFailedDialog;
    await dlg.getByRole('button', { name: 'Close' }).filter({ hasText: 'Close' }).click();
    await expect(dlg).toBeHidden();
  }

  /** The "A flow with ID X already exists" question. */
  existsDialog(id: string): Locator {
    return this.dialog(`A flow with ID ${id} already exists`);
  }
}
