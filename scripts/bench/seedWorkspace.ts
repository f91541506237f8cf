// Puts a package and flows into the app's IndexedDB the way its repository stores them
// (src/platform/workspaceDb.ts + idbRepository.ts), from inside a page on the app's origin.
import type { Page } from '@playwright/test';
import type { Flow } from '../../src/core/model/flow';
import type { FlowSummary, Package } from '../../src/core/workspace';
import { summaryOf } from '../../src/core/workspace';
import type { FlowHead, FlowPart } from '../../src/platform/flowRecords';
import { DB_NAME, DB_VERSION, wholeFlowRecords } from '../../src/platform/workspaceDb';

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
  heads: FlowHead[];
  parts: FlowPart[];
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
  const records = flows.map((flow) =>
    wholeFlowRecords({ id: flow.id, packageId: pkg.id, revision: 1, writeId: 'seed' }, flow, {
      past: [],
      future: [],
    }),
  );
  const seed: Seed = {
    db: DB_NAME,
    version: DB_VERSION,
    pkg,
    heads: records.map((r) => r.head),
    parts: records.flatMap((r) => r.parts),
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
        if (!d.objectStoreNames.contains('flowParts'))
          d.createObjectStore('flowParts', { keyPath: ['flowId', 'key'] });
        if (!d.objectStoreNames.contains('flowSummaries'))
          d.createObjectStore('flowSummaries', { keyPath: 'id' }).createIndex(
            'byPackage',
            'packageId',
          );
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['packages', 'flows', 'flowParts', 'flowSummaries'], 'readwrite');
    tx.objectStore('packages').put(s.pkg);
    for (const h of s.heads) tx.objectStore('flows').put(h);
    for (const p of s.parts) tx.objectStore('flowParts').put(p);
    for (const f of s.summaries) tx.objectStore('flowSummaries').put(f);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seed);
}

export const flowHash = (flowId: string) => `#/packages/${BENCH_PACKAGE_ID}/flows/${flowId}`;
