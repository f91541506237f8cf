// Puts a package and flows into the app's IndexedDB the way its repository stores them
// (src/platform/workspaceDb.ts + idbRepository.ts), from inside a page on the app's origin.
import type { Page } from '@playwright/test';
import type { Flow } from '../../src/core/model/flow';
import type { FlowSummary, Package } from '../../src/core/workspace';
import { summaryOf } from '../../src/core/workspace';
import { DB_NAME, DB_VERSION, type FlowRecord } from '../../src/platform/workspaceDb';

export const BENCH_PACKAGE_ID = 'bench-package';

export function benchPackage(now = new Date().toISOString()): Package {
  return {
    id: BENCH_PACKAGE_ID,
    name: 'Bench',
    technicalName: 'Bench',
    shortDescription: 'Flows of npm run bench',
    description: '',
    version: '1.0.0',
    vendor: '',
    createdAt: now,
    modifiedAt: now,
  };
}

interface Seed {
  db: string;
  version: number;
  pkg: Package;
  flows: FlowRecord[];
  summaries: FlowSummary[];
}

/** Writes the package and flows, then reloads the page so the app reads them. */
export async function seedWorkspace(page: Page, flows: Flow[]): Promise<void> {
  await writeWorkspace(page, flows);
  await page.reload();
}

/**
 * Writes the package and flows into the IndexedDB of the page's origin. The page need not run
 * the app (any file of its origin will do), so no app code is cached or started by seeding.
 */
export async function writeWorkspace(page: Page, flows: Flow[]): Promise<void> {
  const pkg = benchPackage();
  const seed: Seed = {
    db: DB_NAME,
    version: DB_VERSION,
    pkg,
    flows: flows.map((flow) => ({
      id: flow.id,
      packageId: pkg.id,
      revision: 1,
      flow,
      history: { past: [], future: [] },
    })),
    summaries: flows.map((f) => summaryOf(pkg.id, f, pkg.modifiedAt)),
  };
  await page.evaluate(async (s: Seed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(s.db, s.version);
      // Normally the app has created the stores already; same upgrade as workspaceDb.ts if not.
      req.onupgradeneeded = () => {
        const d = req.result;
        if (!d.objectStoreNames.contains('packages'))
          d.createObjectStore('packages', { keyPath: 'id' });
        if (!d.objectStoreNames.contains('flows')) d.createObjectStore('flows', { keyPath: 'id' });
        if (!d.objectStoreNames.contains('flowSummaries'))
          d.createObjectStore('flowSummaries', { keyPath: 'id' }).createIndex(
            'byPackage',
            'packageId',
          );
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['packages', 'flows', 'flowSummaries'], 'readwrite');
    tx.objectStore('packages').put(s.pkg);
    for (const f of s.flows) tx.objectStore('flows').put(f);
    for (const f of s.summaries) tx.objectStore('flowSummaries').put(f);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seed);
}

export const flowHash = (flowId: string) => `#/packages/${BENCH_PACKAGE_ID}/flows/${flowId}`;
