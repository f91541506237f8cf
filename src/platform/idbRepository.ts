import type { Flow } from '../core/model/flow';
import { SCHEMA_VERSION } from '../core/model/flow';
import type {
  FlowHistory,
  FlowSummary,
  PutFlowOptions,
  PutFlowResult,
  WorkspaceRepository,
} from '../core/workspace';
import { emptyFlowHistory, isKnownRevision, summaryOf } from '../core/workspace';
import { openWorkspaceDb, partsOf, DB_NAME, type WorkspaceDb } from './workspaceDb';
import {
  assembleFlow,
  assembleHistory,
  diffFlowParts,
  FLOW_LAYOUT,
  indexHistory,
  wholeFlowParts,
  type FlowHead,
  type FlowPart,
  type HistoryIndex,
  type PartChanges,
} from './flowRecords';
import { loadErrorText, loadFlow } from '../core/io';

const STORES = ['flows', 'flowParts', 'flowSummaries'] as const;

/** The error for a database a newer version of the app has upgraded, or null for another. */
function newerVersion(e: unknown): Error | null {
  if (!(e instanceof Error) || e.name !== 'VersionError') return null;
  return new Error(
    'a newer version of the studio upgraded the workspace in another tab; reload this tab',
  );
}
/** Flows whose stored records a connection remembers (see `remember`). */
const KNOWN_FLOWS = 8;

/**
 * What this connection knows is stored for a flow: the flow and history as written by the
 * write `writeId` (or read back from it). A save diffs against it and writes only what changed,
 * provided the stored head still carries that writeId; otherwise it writes the whole flow.
 */
interface Known extends HistoryIndex {
  writeId: string;
  flow: unknown;
}

/**
 * WorkspaceRepository over IndexedDB. The database opens on first use. Flow writes are
 * compare-and-set inside one readwrite transaction, which IndexedDB serialises across tabs,
 * so a stale tab cannot overwrite a newer revision. A flow is a head record plus one record
 * per field, element and undo step (flowRecords.ts); a save writes the records that changed.
 */
export function createIdbRepository(
  name: string = DB_NAME,
  now: () => string = () => new Date().toISOString(),
): WorkspaceRepository & { close(): Promise<void> } {
  let db: Promise<WorkspaceDb> | null = null;
  /** The open database once `db` has resolved: urgent writes must not wait for a promise. */
  let opened: WorkspaceDb | null = null;
  const open = () =>
    (db ??= openWorkspaceDb(name, {
      // A tab of a newer version wants to upgrade the database: let it (this tab's next use
      // opens it again and says what happened).
      blocking: (event) => {
        (event.target as IDBDatabase).close();
        db = opened = null;
      },
    }).then(
      (d) => (opened = d),
      (e: unknown) => {
        db = null; // the next use tries again
        throw newerVersion(e) ?? e;
      },
    ));
  const known = new Map<string, Known>();
  /**
   * Remembers what is stored for a flow, for the few flows used last (exports read many flows;
   * a flow forgotten here is written whole on its next save).
   */
  const remember = (flowId: string, k: Known) => {
    known.delete(flowId);
    known.set(flowId, k);
    for (const id of known.keys()) if (known.size > KNOWN_FLOWS) known.delete(id);
  };
  /** Writes whose changes went onto records they did not know: never diff against them. */
  const stale = new Set<string>();
  const writer = Math.random().toString(36).slice(2);
  let writes = 0;

  /** Forgets what a failed or refused write would have stored (unless a later write replaced it). */
  const forget = (flowId: string, mine: Known) => {
    if (known.get(flowId) === mine) known.delete(flowId);
  };

  /**
   * Plans a write of `flow`: numbers its undo steps and remembers what will be stored once it
   * commits, at once, since IndexedDB runs this connection's transactions in creation order.
   * Writes without a revision (create, import, overwrite) are not remembered: their objects are
   * not the editor's, so the next save writes the whole flow.
   */
  function plan(flow: Flow, history: FlowHistory, options: PutFlowOptions) {
    const prev = known.get(flow.id) ?? null;
    const { index, added, dropped } = indexHistory(history, prev);
    const mine: Known = { ...index, writeId: `${writer}:${++writes}`, flow };
    if (options.expectedRevision === undefined) known.delete(flow.id);
    else remember(flow.id, mine);
    return { prev, mine, added, dropped };
  }

  const headOf = (packageId: string, flow: Flow, revision: number, mine: Known): FlowHead => ({
    id: flow.id,
    packageId,
    revision,
    writeId: mine.writeId,
    history: mine.history,
    nextEntry: mine.nextEntry,
    layout: FLOW_LAYOUT,
  });

  const txOf = (d: WorkspaceDb) => d.transaction([...STORES], 'readwrite');
  type WriteTx = ReturnType<typeof txOf>;

  /**
   * Issues a transaction's writes (pushed to `out` by `make`). A request that throws at once
   * (a value that cannot be stored) aborts the transaction, so nothing of the write is stored.
   */
  function issue(tx: WriteTx, make: (out: Promise<unknown>[]) => void): Promise<unknown> {
    const out: Promise<unknown>[] = [];
    try {
      make(out);
    } catch (e) {
      for (const r of out) r.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return Promise.all(out);
  }

  /** The writes of a whole flow: its parts replace every stored part. */
  function writeWhole(tx: WriteTx, out: Promise<unknown>[], flow: Flow, mine: Known) {
    const store = tx.objectStore('flowParts');
    out.push(store.delete(partsOf(flow.id)));
    for (const p of wholeFlowParts(flow.id, flow, mine.entries)) out.push(store.put(p));
  }

  /** The writes of the parts and undo steps that changed since the last write. */
  function writeChanges(
    tx: WriteTx,
    out: Promise<unknown>[],
    flow: Flow,
    changes: PartChanges,
    p: ReturnType<typeof plan>,
  ) {
    const store = tx.objectStore('flowParts');
    const put = (key: string, value: unknown) => store.put({ flowId: flow.id, key, value });
    for (const key of changes.deletes) out.push(store.delete([flow.id, key]));
    for (const n of p.dropped) out.push(store.delete([flow.id, `h:${n}`]));
    for (const [key, value] of changes.puts) out.push(put(key, value));
    for (const [n, d] of p.added) out.push(put(`h:${n}`, d));
  }

  /** Part keys a write of `changes` replaces or deletes. */
  const touchedKeys = (changes: PartChanges, p: ReturnType<typeof plan>): string[] => [
    ...changes.deletes,
    ...p.dropped.map((n) => `h:${n}`),
    ...changes.puts.keys(),
    ...p.added.map(([n]) => `h:${n}`),
  ];

  /**
   * A flow write that starts before it returns (the page may be unloading: no task after this
   * one may run). In one transaction committed at once: the records the write replaces are read,
   * then the changes (or the whole flow, when this connection knows nothing stored) are written.
   * The revision check runs after: a failed check puts the old records back. When the changes
   * went onto records another write left (a write of this tab that failed, another tab's save
   * within this tab's own pending revisions), the whole flow is written at once after.
   */
  async function putFlowUrgently(
    d: WorkspaceDb,
    packageId: string,
    flow: Flow,
    history: FlowHistory,
    options: PutFlowOptions,
  ): Promise<PutFlowResult> {
    const tx = txOf(d);
    const p = plan(flow, history, options);
    const changes = p.prev ? diffFlowParts(flow, p.prev.flow) : null;
    const touched = changes ? touchedKeys(changes, p) : null;
    const parts = tx.objectStore('flowParts');
    const reading = Promise.all([
      tx.objectStore('flows').get(flow.id),
      tx.objectStore('flowSummaries').get(flow.id),
      touched
        ? Promise.all(touched.map((k) => parts.get([flow.id, k])))
        : parts.getAll(partsOf(flow.id)),
    ]);
    const revision = (options.expectedRevision ?? 0) + (options.pendingWrites ?? 0) + 1;
    const writing = issue(tx, (out) => {
      if (changes) writeChanges(tx, out, flow, changes, p);
      else writeWhole(tx, out, flow, p.mine);
      out.push(tx.objectStore('flows').put(headOf(packageId, flow, revision, p.mine)));
      out.push(tx.objectStore('flowSummaries').put(summaryOf(packageId, flow, now())));
      tx.commit();
    });
    let read: Awaited<typeof reading>;
    try {
      [read] = await Promise.all([reading, writing, tx.done]);
    } catch (e) {
      forget(flow.id, p.mine);
      throw e;
    }
    const [current, summary, old] = read;
    if (!current || !isKnownRevision(current.revision, options)) {
      forget(flow.id, p.mine);
      await restore(d, flow.id, { head: current, summary, touched, old });
      return current
        ? { ok: false, reason: 'conflict', revision: current.revision }
        : { ok: false, reason: 'deleted' };
    }
    if (changes && !diffable(current, p.prev)) {
      stale.add(p.mine.writeId);
      await rewrite(d, packageId, flow, revision, p.mine);
    }
    return { ok: true, revision };
  }

  /**
   * Writes the whole flow again under the revision an urgent write took, whose changes went onto
   * records it did not know. Unless a later write is already planned: that one will find the
   * head stale and write the whole flow itself.
   */
  async function rewrite(
    d: WorkspaceDb,
    packageId: string,
    flow: Flow,
    revision: number,
    mine: Known,
  ) {
    if (known.get(flow.id) !== mine) return;
    const again: Known = { ...mine, writeId: `${writer}:${++writes}` };
    remember(flow.id, again);
    const tx = txOf(d);
    try {
      await Promise.all([
        issue(tx, (out) => {
          writeWhole(tx, out, flow, again);
          out.push(tx.objectStore('flows').put(headOf(packageId, flow, revision, again)));
        }),
        tx.done,
      ]);
    } catch {
      // The next save finds the head stale and writes the whole flow.
      forget(flow.id, again);
    }
  }

  /** Puts back the records an urgent write replaced (deletes those it created). */
  async function restore(
    d: WorkspaceDb,
    flowId: string,
    was: {
      head: FlowHead | undefined;
      summary: FlowSummary | undefined;
      touched: string[] | null;
      old: (FlowPart | undefined)[];
    },
  ) {
    const tx = txOf(d);
    const store = tx.objectStore('flowParts');
    const flows = tx.objectStore('flows');
    const summaries = tx.objectStore('flowSummaries');
    const requests: Promise<unknown>[] = [];
    if (was.touched)
      was.touched.forEach((key, i) => {
        const record = was.old[i];
        requests.push(record ? store.put(record) : store.delete([flowId, key]));
      });
    else {
      requests.push(store.delete(partsOf(flowId)));
      for (const record of was.old) if (record) requests.push(store.put(record));
    }
    requests.push(was.head ? flows.put(was.head) : flows.delete(flowId));
    requests.push(was.summary ? summaries.put(was.summary) : summaries.delete(flowId));
    await Promise.all([...requests, tx.done]);
  }

  /** Whether the stored records are the ones `prev` describes, so changes can go onto them. */
  const diffable = (current: FlowHead, prev: Known | null): prev is Known =>
    prev !== null &&
    current.writeId === prev.writeId &&
    current.layout === FLOW_LAYOUT &&
    !stale.has(current.writeId);

  /** A compare-and-set flow write: read and write in one readwrite transaction. */
  async function putFlowChecked(
    packageId: string,
    flow: Flow,
    history: FlowHistory,
    options: PutFlowOptions,
  ): Promise<PutFlowResult> {
    // Once the database is open the transaction is created in this call, so writes run in the
    // order they were asked for.
    const tx = txOf(opened ?? (await open()));
    const p = plan(flow, history, options);
    try {
      const current = await tx.objectStore('flows').get(flow.id);
      if (options.expectedRevision !== undefined) {
        const refusal: PutFlowResult | null = !current
          ? { ok: false, reason: 'deleted' }
          : !isKnownRevision(current.revision, options)
            ? { ok: false, reason: 'conflict', revision: current.revision }
            : null;
        if (refusal) {
          forget(flow.id, p.mine);
          await tx.done;
          return refusal;
        }
      }
      const revision = (current?.revision ?? 0) + 1;
      // Only what changed, when the stored parts are the ones this connection wrote or read.
      const changes =
        current && diffable(current, p.prev) ? diffFlowParts(flow, p.prev.flow) : null;
      await Promise.all([
        issue(tx, (out) => {
          if (changes) writeChanges(tx, out, flow, changes, p);
          else writeWhole(tx, out, flow, p.mine);
          out.push(tx.objectStore('flows').put(headOf(packageId, flow, revision, p.mine)));
          out.push(tx.objectStore('flowSummaries').put(summaryOf(packageId, flow, now())));
        }),
        tx.done,
      ]);
      return { ok: true, revision };
    } catch (e) {
      forget(flow.id, p.mine);
      throw e;
    }
  }

  const deleteTxOf = (d: WorkspaceDb) => d.transaction(['packages', ...STORES], 'readwrite');

  /** Deletes the flows' records in `tx` and forgets what this connection knew of them. */
  function deleteFlowRecords(
    tx: ReturnType<typeof deleteTxOf>,
    flowIds: string[],
  ): Promise<unknown>[] {
    for (const f of flowIds) known.delete(f);
    return flowIds.flatMap((f) => [
      tx.objectStore('flows').delete(f),
      tx.objectStore('flowParts').delete(partsOf(f)),
      tx.objectStore('flowSummaries').delete(f),
    ]);
  }

  return {
    async listPackages() {
      return (await open()).getAll('packages');
    },
    async getPackage(id) {
      return (await open()).get('packages', id);
    },
    async putPackage(pkg) {
      await (await open()).put('packages', pkg);
    },
    async deletePackage(id) {
      const tx = deleteTxOf(await open());
      const flowIds = await tx.objectStore('flowSummaries').index('byPackage').getAllKeys(id);
      await Promise.all([
        tx.objectStore('packages').delete(id),
        ...deleteFlowRecords(tx, flowIds),
        tx.done,
      ]);
    },
    async listFlows(packageId) {
      const d = await open();
      return packageId === undefined
        ? d.getAll('flowSummaries')
        : d.getAllFromIndex('flowSummaries', 'byPackage', packageId);
    },
    async getFlow(flowId) {
      const tx = (await open()).transaction(['flows', 'flowParts'], 'readonly');
      const [h, records] = await Promise.all([
        tx.objectStore('flows').get(flowId),
        tx.objectStore('flowParts').getAll(partsOf(flowId)),
      ]);
      if (!h) return undefined;
      const parts = new Map(records.map((p) => [p.key, p.value]));
      const raw = assembleFlow(parts);
      // Stored data goes through the same door as a file: migrated, validated, repaired.
      const loaded = loadFlow(raw);
      if (!loaded.ok)
        throw new Error(`The stored flow "${flowId}" cannot be loaded: ${loadErrorText(loaded)}`);
      // A history whose steps are missing costs the undo steps, never the flow.
      const stored = assembleHistory(h.history, parts);
      const history = stored?.history ?? emptyFlowHistory();
      const asStored =
        loaded.warnings.length === 0 &&
        (raw as { schemaVersion?: unknown }).schemaVersion === SCHEMA_VERSION;
      // What was read is what is stored: the next save writes only what changes from here.
      if (
        stored &&
        asStored &&
        h.layout === FLOW_LAYOUT &&
        known.get(flowId)?.writeId !== h.writeId
      )
        remember(flowId, {
          writeId: h.writeId,
          flow: loaded.flow,
          history: h.history,
          entries: stored.entries,
          nextEntry: h.nextEntry,
        });
      return { flow: loaded.flow, history, packageId: h.packageId, revision: h.revision };
    },
    putFlow(packageId, flow, history, options = {}): Promise<PutFlowResult> {
      if (options.urgent && opened && options.expectedRevision !== undefined)
        return putFlowUrgently(opened, packageId, flow, history, options);
      return putFlowChecked(packageId, flow, history, options);
    },
    async deleteFlow(flowId) {
      const tx = deleteTxOf(await open());
      await Promise.all([...deleteFlowRecords(tx, [flowId]), tx.done]);
    },
    async close() {
      if (db) (await db).close();
      db = null;
      opened = null;
      known.clear();
    },
  };
}
