import { expect, type Locator, type Page } from '@playwright/test';
import { DesignPage } from './DesignPage';
import { FlowEditorPage } from './FlowEditorPage';
import { typeCode } from './monacoTyping';

/** The walkthrough's script, on one line as the README gives it. */
export const HELLO_SCRIPT =
  'function processData(message) { var body = message.getBody(); message.setBody("Hello world from IFlow"); return message; }';
export const HELLO_BODY = 'Hello world from IFlow';
export const HELLO_ADDRESS = '/v1/test/hello';
export const CLIENT_ID = 'apimconnectivity';
export const CLIENT_USER = `oauth_client_${CLIENT_ID}`;
export const SEND_ROLE = 'ESBMessaging.send';

/**
 * The simulated tenant's views (Manage Integration Content, Security, Monitor, Test Console)
 * and the flow header's deployment controls, driven with the real mouse and keyboard.
 */
export class TenantPage {
  constructor(readonly page: Page) {}

  /** A top-level view through the shell's navigation ("Security", "Monitor", …). */
  async open(
    view:
      | 'Design'
      | 'Manage Integration Content'
      | 'Manage Stores'
      | 'Security'
      | 'Monitor'
      | 'Test Console',
  ) {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: view, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: view })).toBeVisible();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  // ── Flow editor header ──────────────────────────────────────────────────────────────────
  get deployment(): Locator {
    return this.page.getByRole('group', { name: 'Deployment' });
  }

  async deploy(): Promise<void> {
    await this.deployment.getByRole('button', { name: 'Deploy', exact: true }).click();
    await expect(this.deployment).toContainText('Started');
  }

  // ── Security ────────────────────────────────────────────────────────────────────────────
  /** Registers an OAuth client with a generated secret; returns the secret shown once. */
  async registerClient(clientId = CLIENT_ID): Promise<string> {
    await this.page.getByRole('button', { name: 'Register client' }).click();
    const dlg = this.dialog('Register OAuth client');
    await dlg.getByLabel('Name', { exact: true }).fill(clientId);
    await expect(dlg.getByLabel('Client ID', { exact: true })).toHaveValue(clientId);
    await expect(dlg.getByLabel('Subscription')).toHaveValue(/iflmap$/);
    await expect(dlg.getByLabel('Grant Type')).toHaveValue('client_credentials');
    await expect(dlg.getByLabel('Token Validity (s)')).toHaveValue('3600');
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(dlg).toBeHidden();
    const secret = (await this.page.getByTestId('client-secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(8);
    return secret;
  }

  async assignRole(user = CLIENT_USER, role = SEND_ROLE): Promise<void> {
    await this.page.getByRole('button', { name: 'Assign role' }).click();
    const dlg = this.dialog('Assign role');
    await dlg.getByLabel('Role', { exact: true }).fill(role);
    await dlg.getByLabel('User', { exact: true }).fill(user);
    await dlg.getByRole('button', { name: 'Save' }).click();
    await expect(dlg).toBeHidden();
    await expect(this.roleRow(user, role)).toBeVisible();
  }

  roleRow(user: string, role: string): Locator {
    return this.page
      .getByRole('table', { name: 'Role assignments' })
      .getByRole('row')
      .filter({ hasText: role })
      .filter({ hasText: user });
  }

  /** Remove, confirmed in the dialog that asks first. */
  async unassignRole(user = CLIENT_USER, role = SEND_ROLE): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${role} from ${user}` }).click();
    const dlg = this.dialog('Remove role assignment');
    await expect(dlg).toContainText(`Remove ${role} from ${user}?`);
    await dlg.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dlg).toBeHidden();
    await expect(this.roleRow(user, role)).toHaveCount(0);
  }

  /** Undeploy from Manage Integration Content, confirmed in the dialog that asks first. */
  async undeployFromList(flowName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Undeploy ${flowName}` }).click();
    const dlg = this.dialog('Undeploy integration flow');
    await expect(dlg).toContainText('404 Not Found');
    await dlg.getByRole('button', { name: 'Undeploy', exact: true }).click();
    await expect(dlg).toBeHidden();
  }

  // ── Test Console ────────────────────────────────────────────────────────────────────────
  get request(): Locator {
    return this.page.getByRole('form', { name: 'Request' });
  }

  get response(): Locator {
    return this.page.getByRole('region', { name: 'Response', exact: true });
  }

  get responseStatus(): Locator {
    return this.response.getByRole('status');
  }

  get responseBody(): Locator {
    return this.page.getByRole('region', { name: 'Response body' });
  }

  field(label: string): Locator {
    return this.request.getByLabel(label, { exact: true });
  }

  async authorization(
    type: 'No Auth' | 'Basic Auth' | 'Bearer Token' | 'OAuth 2.0 Client Credentials',
  ): Promise<void> {
    await this.field('Authorization').selectOption({ label: type });
  }

  async useOAuth(clientId: string, secret: string): Promise<void> {
    await this.authorization('OAuth 2.0 Client Credentials');
    await expect(this.field('Token URL')).toHaveValue(/\/oauth\/token$/);
    await this.field('Client ID').fill(clientId);
    await this.field('Client Secret').fill(secret);
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' }).getByRole('listitem');
  }

  /**
   * Send; waits for this request's answer (a new history entry, or the console's alert when
   * the token request failed and nothing was sent), checks the status line (e.g. "200 OK")
   * and returns the body. Two answers in a row may look alike, hence the history count (the
   * history keeps 50 entries; a spec sends fewer).
   */
  async send(status: string | RegExp): Promise<string> {
    const before = await this.history.count();
    await this.request.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(
        async () =>
          (await this.history.count()) > before ||
          (await this.response.getByRole('alert').count()) > 0,
      )
      .toBe(true);
    await expect(this.responseStatus).toHaveText(status);
    return this.responseBody.innerText();
  }

  /** "Fetch CSRF token": the token lands in the request's X-CSRF-Token header row. */
  async fetchCsrf(): Promise<void> {
    await this.request.getByRole('button', { name: 'Fetch CSRF token' }).click();
    const headers = this.request.getByRole('table', { name: 'Request headers' });
    await expect(headers.getByRole('textbox', { name: 'Header name 1' })).toHaveValue(
      'X-CSRF-Token',
    );
    await expect(headers.getByRole('textbox', { name: 'Header value 1' })).not.toHaveValue('');
  }

  /** Turns the n-th request header on or off (its "Send header n" checkbox). */
  async sendHeader(n: number, on: boolean): Promise<void> {
    await this.request.getByRole('checkbox', { name: `Send header ${n}` }).setChecked(on);
  }

  // ── Monitor ─────────────────────────────────────────────────────────────────────────────
  get messages(): Locator {
    return this.page.getByRole('table', { name: 'Messages' });
  }

  async advanceClock(minutes: number): Promise<void> {
    await this.page.getByLabel('Advance clock by (minutes)').fill(String(minutes));
    await this.page.getByRole('button', { name: 'Advance clock', exact: true }).click();
    await expect(this.page.getByRole('region', { name: 'Simulated clock' })).toContainText(
      `Running ${minutes} minutes ahead`,
    );
  }
}

/**
 * Walkthrough part 1 through the UI: package, flow, Sender →(HTTPS) Start at /v1/test/hello,
 * a Script dropped on Start → End and edited in Monaco, then Deploy. Leaves the editor open.
 */
export async function buildAndDeployHelloWorld(page: Page): Promise<{ endpoint: string }> {
  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  const tenant = new TenantPage(page);
  await design.goto();
  await design.createPackage({ name: 'Hello World Demo' });
  await design.addFlow('Hello World');
  await design.openFlow('Hello World');
  await editor.expectOpen('Hello World');
  await expect(tenant.deployment).toContainText('Not deployed');

  await editor.connect('Sender', 'Start');
  await editor.adapterDialog.getByRole('button', { name: 'HTTPS', exact: true }).click();
  await expect(editor.adapterDialog).toBeHidden();
  await editor.properties().getByLabel('Address', { exact: true }).fill(HELLO_ADDRESS);

  await editor.dragPaletteItem('Script', editor.sequenceFlow('Start', 'End'));
  await expect(editor.sequenceFlow('Start', 'Script 1')).toHaveCount(1);
  await expect(editor.sequenceFlow('Script 1', 'End')).toHaveCount(1);

  await editScript(page, editor, 'Script 1', HELLO_SCRIPT, HELLO_BODY);
  await expect(editor.problems()).toContainText('No problems.');

  await tenant.deploy();
  // The URL shown is the one that works from here: the app's own origin.
  const endpoint = appUrl(page, `http${HELLO_ADDRESS}`);
  await expect(tenant.deployment.getByRole('code')).toHaveText(endpoint);
  return { endpoint };
}

/**
 * Hello World built and deployed, then in Security the OAuth client registered and
 * ESBMessaging.send assigned to it: what a call with a Bearer token needs. Security stays open.
 */
export async function deployHelloWorldForClient(
  page: Page,
): Promise<{ endpoint: string; secret: string }> {
  const tenant = new TenantPage(page);
  const { endpoint } = await buildAndDeployHelloWorld(page);
  await tenant.open('Security');
  const secret = await tenant.registerClient();
  await tenant.assignRole(CLIENT_USER, SEND_ROLE);
  return { endpoint, secret };
}

/** A URL on the app's origin and base path, as the app shows tenant URLs. */
export function appUrl(page: Page, path: string): string {
  return new URL(path, new URL('./', page.url())).href;
}

/**
 * Selects a Script step, opens "Edit script", replaces the code with `code` (Control+A, then
 * typed key by key) and closes; `expectOutput` is text the live preview must show first.
 */
export async function editScript(
  page: Page,
  editor: FlowEditorPage,
  step: string,
  code: string,
  expectOutput?: string,
): Promise<void> {
  await editor.select(step);
  await editor.properties().getByRole('button', { name: 'Edit script' }).click();
  const dlg = page.getByRole('dialog', { name: /^Script editor/ });
  await expect(dlg).toBeVisible();
  const source = dlg.getByRole('group', { name: 'Script source' });
  await expect(source.getByRole('textbox', { name: 'JavaScript code' })).toBeAttached();
  await source.click();
  await page.keyboard.press('Control+A');
  await typeCode(page, code);
  // The model holds every line (the DOM renders only the visible ones): read it via the e2e hook.
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as { __ifsMonaco?: { getValue(): string } }).__ifsMonaco?.getValue() ?? '',
      ),
    )
    .toBe(code);
  // The live preview runs the new code on the step's sample message.
  if (expectOutput)
    await expect(dlg.getByRole('region', { name: 'Preview' })).toContainText(expectOutput);
  await dlg.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dlg).toBeHidden();
}
