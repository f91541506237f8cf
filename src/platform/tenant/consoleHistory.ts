import { CONSOLE_HISTORY_STORE } from './tenantDb';
import type { IdbTenantStorage } from './idbTenantStorage';

/** One request sent from the test console, kept so it can be loaded again. */
export interface ConsoleHistoryEntry<R = unknown> {
  id: string;
  at: number;
  /** The console's request form (secrets and passwords left out). */
  request: R;
  status: number;
  durationMs: number;
  /** What the exchange was when it was not the request itself, e.g. "CSRF token fetch". */
  label?: string;
  messageId?: string;
}

export const CONSOLE_HISTORY_CAP = 50;

/** Newest first. */
export async function listConsoleHistory<R>(
  storage: IdbTenantStorage,
): Promise<ConsoleHistoryEntry<R>[]> {
  const all = (await (
    await storage.db()
  ).getAll(CONSOLE_HISTORY_STORE)) as ConsoleHistoryEntry<R>[];
  return all.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

/** Adds an entry and drops the oldest beyond the cap. */
export async function addConsoleHistory<R>(
  storage: IdbTenantStorage,
  entry: ConsoleHistoryEntry<R>,
  cap: number = CONSOLE_HISTORY_CAP,
): Promise<void> {
  const db = await storage.db();
  await db.put(CONSOLE_HISTORY_STORE, entry, entry.id);
  const all = await listConsoleHistory<R>(storage);
  for (const old of all.slice(cap)) await db.delete(CONSOLE_HISTORY_STORE, old.id);
}

export async function clearConsoleHistory(storage: IdbTenantStorage): Promise<void> {
  await (await storage.db()).clear(CONSOLE_HISTORY_STORE);
}
