import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addConsoleHistory, clearConsoleHistory, listConsoleHistory } from './consoleHistory';
import { createIdbTenantStorage } from './idbTenantStorage';
import { uniqueDbName } from './testing';

describe('console history', () => {
  it('lists newest first, keeps at most the cap, and clears', async () => {
    const s = createIdbTenantStorage(uniqueDbName('history'));
    for (let i = 1; i <= 4; i++)
      await addConsoleHistory(
        s,
        { id: `r${i}`, at: i, request: { n: i }, status: 200, durationMs: 1 },
        3,
      );
    expect((await listConsoleHistory(s)).map((e) => e.id)).toEqual(['r4', 'r3', 'r2']);
    await clearConsoleHistory(s);
    expect(await listConsoleHistory(s)).toEqual([]);
  });
});
