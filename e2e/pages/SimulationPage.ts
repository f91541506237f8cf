import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Simulate panel of the flow editor: input message, run controls, the run's status, the
 * steps run with the message before and after a step, and the flow's test cases.
 */
export class SimulationPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Simulation' });
  }

  /** Opens the panel with the editor header's "Simulate" toggle. */
  async open(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Simulate', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.panel).toBeVisible();
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  get status(): Locator {
    return this.panel.getByRole('status');
  }

  /** Where a run stops: "End event" (any End) or a chosen step. */
  get endStep(): Locator {
    return this.panel.getByRole('combobox', { name: 'End step', exact: true });
  }

  get inputBody(): Locator {
    return this.panel.getByRole('textbox', { name: 'Input body', exact: true });
  }

  get headerNames(): Locator {
    return this.panel.getByRole('textbox', { name: 'Header name', exact: true });
  }

  get headerValues(): Locator {
    return this.panel.getByRole('textbox', { name: 'Header value', exact: true });
  }

  /** Types the input body and a single header, as a user fills the input editor. */
  async setInput(body: string, header: { name: string; value: string }): Promise<void> {
    await this.inputBody.fill(body);
    if ((await this.headerNames.count()) === 0) await this.button('Add header').click();
    await this.headerNames.first().fill(header.name);
    await this.headerValues.first().fill(header.value);
  }

  /** Clicks Run and waits for the run to end with the given status text. */
  async run(status: string | RegExp = /^Completed /): Promise<void> {
    await this.button('Run').click();
    await expect(this.status).not.toHaveText(/^(Running…|Not run yet)/);
    // On a mismatch, say why the run ended as it did (the error the panel shows).
    const errors = await this.panel.getByRole('alert').allInnerTexts();
    await expect(this.status, errors.join(' | ')).toHaveText(status);
  }

  get stepsRun(): Locator {
    return this.panel.getByRole('list', { name: 'Steps run' });
  }

  /** The steps of the last run, in order: one button per step run, named after the step. */
  get stepsRunButtons(): Locator {
    return this.stepsRun.getByRole('listitem').getByRole('button');
  }

  /** Shows a step's messages by clicking its name in the "Steps run" list. */
  async openStep(name: string): Promise<void> {
    await this.stepsRun.getByRole('button', { name, exact: true }).click();
    await expect(this.stepRun.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
  }

  get stepRun(): Locator {
    return this.panel.getByRole('region', { name: 'Step run' });
  }

  get messageBefore(): Locator {
    return this.panel.getByRole('region', { name: 'Message before', exact: true });
  }

  get messageAfter(): Locator {
    return this.panel.getByRole('region', { name: 'Message after', exact: true });
  }

  /** The body shown in a message region. */
  body(message: Locator): Locator {
    return message.getByLabel('Body', { exact: true });
  }

  /** Back from a step's messages to the list of steps run. */
  async allSteps(): Promise<void> {
    await this.button('All steps').click();
    await expect(this.stepsRun).toBeVisible();
  }

  get testCases(): Locator {
    return this.panel.getByRole('region', { name: 'Test cases' });
  }

  get testCaseForm(): Locator {
    return this.testCases.getByRole('form', { name: 'Test case' });
  }

  get testResults(): Locator {
    return this.panel.getByRole('region', { name: 'Test results' });
  }
}
