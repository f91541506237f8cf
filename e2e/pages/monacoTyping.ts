import type { Page } from '@playwright/test';

interface MonacoHook {
  getRestOfLine(): string;
}

function restOfLine(page: Page): Promise<string> {
  return page.evaluate(
    () => (window as unknown as { __ifsMonaco?: MonacoHook }).__ifsMonaco?.getRestOfLine() ?? '',
  );
}

/**
 * Types `source` into the focused Monaco editor key by key, as a person does. Monaco helps while
 * one types, and the person goes along with it: each line is typed without its indentation
 * (Enter indents the next line), a closing bracket or quote that Monaco added is typed over
 * (Monaco steps over it), and what Monaco closed on its own at the end of a line is deleted
 * (Shift+End, Delete) before Enter when the source closes it on a later line. An open
 * suggestion list is dismissed with Escape before Enter, so that Enter breaks the line.
 */
export async function typeCode(page: Page, source: string): Promise<void> {
  const lines = source.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimStart();
    if (line) await page.keyboard.type(line);
    const last = i === lines.length - 1;
    if ((await restOfLine(page)).trim()) {
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
    }
    if (last) break;
    if (await page.locator('.monaco-editor .suggest-widget.visible').count())
      await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
  }
}
