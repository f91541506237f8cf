import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { packForStorage } from '../src/core/history/packForStorage';
import type { Flow } from '../src/core/model/flow';
import { summaryOf } from '../src/core/workspace';
import { DesignPage } from './pages/DesignPage';
import { FlowEditorPage } from './pages/FlowEditorPage';

test.use({ viewport: { width: 1440, height: 900 } });

test('a workspace saved by the previous version of the app opens with its flow and undo history, and saves on', async ({
  page,
}) => {
  const flow = JSON.parse(readFileSync('examples/hello-world.flow.json', 'utf8')) as Flow;
  const steps = flow.process.steps.map((s) =>
    s.id === 'Script_1' ? { ...s, name: 'Earlier name' } : s,
  );
  const older = { ...flow, process: { ...flow.process, steps } };
  const pkg = {
    id: 'pkg_old',
    name: 'Saved Before',
    technicalName: 'SavedBefore',
    shortDescription: '',
    description: '',
    version: '1.0.0',
    vendor: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    modifiedAt: '2026-11-01T00:00:00.000Z',
  };
  const record = {
    id: flow.id,
    packageId: pkg.id,
    revision: 3,
    flow,
    history: packForStorage(flow, { past: [older], future: [] }),
  };
  const summary = summaryOf(pkg.id, flow, pkg.modifiedAt);

  // The database as version 1 of the app left it: one record per flow (flow + history), written
  // from a page of the app's origin that does not run the app.
  await page.goto('./schema/flow.v1.json');
  await page.evaluate(
    async ({ pkg, record, summary }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('integration-flow-studio', 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('packages', { keyPath: 'id' });
          req.result.createObjectStore('flows', { keyPath: 'id' });
          req.result
            .createObjectStore('flowSummaries', { keyPath: 'id' })
            .createIndex('byPackage', 'packageId');
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['packages', 'flows', 'flowSummaries'], 'readwrite');
      tx.objectStore('packages').put(pkg);
      tx.objectStore('flows').put(record);
      tx.objectStore('flowSummaries').put(summary);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { pkg, record, summary },
  );

  const design = new DesignPage(page);
  const editor = new FlowEditorPage(page);
  await design.goto();
  await page.getByRole('link', { name: 'Saved Before' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved Before' })).toBeVisible();
  await design.openFlow('Hello World');
  await editor.expectOpen('Hello World');
  for (const name of ['Sender', 'Start', 'Script 1', 'End', 'Receiver'])
    await expect(editor.node(name)).toBeVisible();
  await expect(editor.messageFlow('Sender', 'Start')).toHaveCount(1);

  await test.step('the undo history of the old record is there', async () => {
    await expect(editor.button('Undo')).toBeEnabled();
    await editor.clickEmptyCanvas();
    await page.keyboard.press('Control+z');
    await expect(editor.node('Earlier name')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(editor.node('Script 1')).toBeVisible();
  });

  await test.step('an edit is saved and kept across a reload, history and all', async () => {
    const transform = () =>
      editor.node('End').evaluate((el) => (el as HTMLElement).style.transform);
    const before = await transform();
    await editor.dragNode('End', -60, 50);
    await expect.poll(transform).not.toBe(before);
    const moved = await transform();
    await editor.expectSaved();
    await page.reload();
    await editor.expectOpen('Hello World');
    await expect.poll(transform).toBe(moved);
    await editor.clickEmptyCanvas();
    await page.keyboard.press('Control+z');
    await expect.poll(transform).not.toBe(moved);
    await page.keyboard.press('Control+z');
    await expect(editor.node('Earlier name')).toBeVisible();
  });
});
