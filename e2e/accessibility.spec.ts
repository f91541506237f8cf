import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';
import { SimulationPage } from './pages/SimulationPage';
import { buildAndDeployHelloWorld, TenantPage } from './pages/TenantPage';

// The guide: "Every control has an accessible name". axe-core checks each main screen, in the
// state a user reaches it, in both themes.
test.use({ viewport: { width: 1440, height: 900 } });

/** Rules about names, labels, roles, structure and contrast: a serious breach fails the spec. */
const GUARDED = new Set([
  'button-name',
  'link-name',
  'label',
  'select-name',
  'input-button-name',
  'input-image-alt',
  'image-alt',
  'svg-img-alt',
  'role-img-alt',
  'frame-title',
  'document-title',
  'html-has-lang',
  'nested-interactive',
  'duplicate-id-aria',
  'list',
  'listitem',
  'definition-list',
  'dlitem',
  'color-contrast',
]);
const guarded = (id: string) => GUARDED.has(id) || id.startsWith('aria-');

/**
 * Runs axe on the page as it is now (WCAG 2 A + AA) and fails softly on serious or critical
 * breaches of the guarded rules, naming the screen and the offending elements. Monaco's
 * internals are third-party output, not the product's markup (React Flow's minimap passes).
 */
async function audit(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .exclude('.monaco-editor')
    .analyze();
  const found = violations
    .filter((v) => guarded(v.id) && (v.impact === 'serious' || v.impact === 'critical'))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  expect.soft(found, `axe on "${screen}"`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('Design view, Create package, package page, adapter-type dialog', async ({ page }) => {
      const design = new DesignPage(page);
      await design.goto();
      await audit(page, 'Design (no packages)');

      await page.getByRole('button', { name: 'Create package' }).click();
      await expect(design.dialog('Create package')).toBeVisible();
      await design.dialog('Create package').getByLabel('Name', { exact: true }).fill('Demo');
      await audit(page, 'Create package dialog');
      await page.keyboard.press('Escape');
      await expect(design.dialog('Create package')).toBeHidden();

      await design.createPackage({ name: 'Orders', shortDescription: 'Order flows' });
      await audit(page, 'Package page (no flows)');
      await design.addFlow('Hello World');
      await audit(page, 'Package page (one flow)');

      await design.goto();
      await expect(page.getByRole('link', { name: 'Orders' }).first()).toBeVisible();
      await audit(page, 'Design (one package)');

      await design.page.getByRole('link', { name: 'Orders' }).first().click();
      await design.openFlow('Hello World');
      const editor = new FlowEditorPage(page);
      await editor.expectOpen('Hello World');
      await audit(page, 'Flow editor (new flow)');
      await editor.connect('Sender', 'Start');
      await expect(editor.adapterDialog).toBeVisible();
      await audit(page, 'Adapter-type dialog');
    });

    test('flow editor with Hello World, simulation, tenant views', async ({ page }) => {
      test.setTimeout(180_000);
      const tenant = new TenantPage(page);
      const editor = new FlowEditorPage(page);
      await buildAndDeployHelloWorld(page);
      await audit(page, 'Flow editor (Hello World deployed)');

      await editor.select('Script 1');
      await audit(page, 'Flow editor (Script step selected)');
      await editor.properties().getByRole('button', { name: 'Edit script' }).click();
      const scriptDialog = page.getByRole('dialog', { name: /^Script editor/ });
      await expect(scriptDialog.getByRole('region', { name: 'Preview' })).toBeVisible();
      await audit(page, 'Script editor dialog');
      await scriptDialog.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(scriptDialog).toBeHidden();

      const sim = new SimulationPage(page);
      await editor.clickEmptyCanvas(); // with no selection the panel lists the steps run
      await sim.open();
      await sim.run();
      await audit(page, 'Simulation panel after a run');
      await sim.openStep('Script 1');
      await audit(page, 'Simulation panel (a step run)');

      await tenant.open('Security');
      await page.getByRole('button', { name: 'Register client' }).click();
      await tenant.dialog('Register OAuth client').getByLabel('Name', { exact: true }).fill('x');
      await audit(page, 'Register OAuth client dialog');
      await page.keyboard.press('Escape');
      await expect(tenant.dialog('Register OAuth client')).toBeHidden();
      await tenant.registerClient();
      await tenant.assignRole();
      await audit(page, 'Security (client registered)');

      await tenant.open('Manage Integration Content');
      await audit(page, 'Manage Integration Content');

      await page
        .getByRole('row')
        .filter({ hasText: 'Hello World' })
        .getByRole('link', { name: 'Test', exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Test Console' })).toBeVisible();
      await tenant.authorization('No Auth');
      await tenant.send('401 Unauthorized');
      await audit(page, 'Test Console (after a send)');

      await tenant.open('Monitor');
      // A request refused at the door (401) never reaches a flow: the list may be empty.
      await audit(page, 'Monitor');
    });
  });
}
