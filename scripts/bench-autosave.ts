/**
 * Autosave cost (issue 13): a save after moving one step of a 1,000-step flow, against writing
 * the whole flow and its history as every save did before. Drives the app's workspace store and
 * IndexedDB repository on whatever IndexedDB there is: fake-indexeddb in Node (`npm run bench`
 * imports it first; the time then includes the JavaScript storage engine, an upper bound of the
 * main-thread work), Chromium's own on the bench page (scripts/bench/page). The records and bytes
 * written are exact. Figures only.
 */
import { bigFlow } from './bench/bigFlow';
import { createEditorStore } from '../src/store/editorStore';
import { createWorkspaceStore } from '../src/store/workspace/createWorkspaceStore';
import { createIdbRepository } from '../src/platform/idbRepository';
import { packForStorage } from '../src/core/history/packForStorage';
import { openDB } from 'idb';

export interface SaveCost {
  ms: number;
  records: number;
  kb: number;
}

export interface AutosaveBench {
  steps: number;
  /** A save of the changes after a 1-step move (median). */
  changes: SaveCost;
  /** The same flow and history written whole (median). */
  whole: SaveCost;
  /** The same as one record, as database version 1 stored it (median). */
  oneRecord: SaveCost;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Runs `save` and counts what it put into IndexedDB (sized after the timing ends). */
async function measure(save: () => Promise<unknown>): Promise<SaveCost> {
  const proto = IDBObjectStore.prototype;
  const put = proto.put;
  const values: unknown[] = [];
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    values.push(args[0]);
    return put.apply(this, args);
  };
  const started = performance.now();
  try {
    await save();
  } finally {
    proto.put = put;
  }
  const ms = performance.now() - started;
  const bytes = values.reduce<number>((n, v) => n + JSON.stringify(v).length, 0);
  return { ms, records: values.length, kb: bytes / 1024 };
}

export const summary = (runs: SaveCost[]): SaveCost => ({
  ms: Number(median(runs.map((r) => r.ms)).toFixed(2)),
  records: median(runs.map((r) => r.records)),
  kb: Number(median(runs.map((r) => r.kb)).toFixed(1)),
});

/**
 * A 1,000-step flow open in the app's stores over a fresh database: `move` moves one step (an
 * edit as the canvas makes it), `saveChanges` saves as autosave does, `saveWhole` writes the
 * same flow and history through another connection, which has nothing stored to diff against
 * (as every save did before), and reads it back into the editor.
 */
export async function autosaveSession(steps = 1000) {
  const name = `bench-autosave-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const seed = createIdbRepository(name);
  await seed.putFlow('p', bigFlow(steps, 'Big'), { past: [], future: [] });
  await seed.close();
  const editor = createEditorStore();
  const repo = createIdbRepository(name);
  const ws = createWorkspaceStore(repo, { editor, channel: null });
  await ws.getState().load();
  if (!(await ws.getState().openFlow('Big'))) throw new Error('the bench flow did not open');
  const other = createIdbRepository(name);
  let moves = 0;
  let revision = 0;
  return {
    move() {
      const id = `Step_${(moves % steps) + 1}`;
      const position = { x: 10_000 + moves++, y: 40 };
      editor.getState().dispatch('element.move', { moves: [{ id, position }] });
    },
    async saveChanges(): Promise<SaveCost> {
      const cost = await measure(() => ws.getState().saveNow());
      if (ws.getState().saveState !== 'saved') throw new Error(ws.getState().error ?? 'not saved');
      return cost;
    },
    saveWhole(): Promise<SaveCost> {
      const { flow, history } = editor.getState();
      return measure(() => other.putFlow('p', flow!, packForStorage(flow!, history)));
    },
    /** After saveWhole: the open flow's next save finds another writer's records; read them. */
    resync: () => ws.getState().reloadFromStorage(),
    /** The whole flow and history as one record, as database version 1 stored it. */
    async saveOneRecord(): Promise<SaveCost> {
      const { flow, history } = editor.getState();
      const db = await openDB(`${name}-v1`, 1, {
        upgrade: (d) => void d.createObjectStore('flows', { keyPath: 'id' }),
      });
      const cost = await measure(async () => {
        const record = { id: 'Big', packageId: 'p', revision: ++revision, flow, history };
        record.history = packForStorage(flow!, history) as never;
        await db.put('flows', record);
      });
      db.close();
      return cost;
    },
    async close() {
      await Promise.all([repo.close(), other.close()]);
      indexedDB.deleteDatabase(name);
      indexedDB.deleteDatabase(`${name}-v1`);
    },
  };
}

export async function benchAutosave(steps = 1000, runs = 15): Promise<AutosaveBench> {
  const session = await autosaveSession(steps);
  const changes: SaveCost[] = [];
  const whole: SaveCost[] = [];
  const oneRecord: SaveCost[] = [];
  for (let i = 0; i < runs + 2; i++) {
    session.move();
    const cost = await session.saveChanges();
    const all = await session.saveWhole();
    await session.resync();
    const one = await session.saveOneRecord();
    if (i < 2) continue; // warm-up
    changes.push(cost);
    whole.push(all);
    oneRecord.push(one);
  }
  await session.close();
  return {
    steps,
    changes: summary(changes),
    whole: summary(whole),
    oneRecord: summary(oneRecord),
  };
}
