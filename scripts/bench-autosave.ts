/**
 * Autosave cost (issue 13): a save after moving one step of a 1,000-step flow, against writing
 * the whole flow and its history as every save did before. Runs the app's repository and
 * workspace store on fake-indexeddb in Node, so the time includes the (JavaScript) storage
 * engine itself: an upper bound of the main-thread work. The records and bytes written are
 * exact. Figures only.
 */
import 'fake-indexeddb/auto';
import { bigFlow } from './bench/bigFlow';
import { createEditorStore } from '../src/store/editorStore';
import { createWorkspaceStore } from '../src/store/workspace/createWorkspaceStore';
import { createIdbRepository } from '../src/platform/idbRepository';
import { packForStorage } from '../src/core/history/packForStorage';

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
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Runs `save` and counts what it put into IndexedDB. */
async function measure(save: () => Promise<unknown>) {
  const proto = IDBObjectStore.prototype;
  const put = proto.put;
  let records = 0;
  let bytes = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    records++;
    bytes += JSON.stringify(args[0]).length;
    return put.apply(this, args);
  };
  const started = performance.now();
  try {
    await save();
  } finally {
    proto.put = put;
  }
  return { ms: performance.now() - started, records, kb: bytes / 1024 };
}

const summary = (runs: SaveCost[]): SaveCost => ({
  ms: Number(median(runs.map((r) => r.ms)).toFixed(2)),
  records: median(runs.map((r) => r.records)),
  kb: Number(median(runs.map((r) => r.kb)).toFixed(1)),
});

export async function benchAutosave(steps = 1000, runs = 15): Promise<AutosaveBench> {
  const name = `bench-autosave-${Date.now()}`;
  const seed = createIdbRepository(name);
  await seed.putFlow('p', bigFlow(steps, 'Big'), { past: [], future: [] });
  await seed.close();
  const editor = createEditorStore();
  const repo = createIdbRepository(name);
  const ws = createWorkspaceStore(repo, { editor, channel: null });
  await ws.getState().load();
  if (!(await ws.getState().openFlow('Big'))) throw new Error('the bench flow did not open');
  const changes: SaveCost[] = [];
  const whole: SaveCost[] = [];
  const other = createIdbRepository(name);
  for (let i = 0; i < runs + 2; i++) {
    const id = `Step_${(i % steps) + 1}`;
    const position = { x: 10_000 + i, y: 40 };
    editor.getState().dispatch('element.move', { moves: [{ id, position }] });
    const cost = await measure(() => ws.getState().saveNow());
    if (ws.getState().saveState !== 'saved') throw new Error(ws.getState().error ?? 'not saved');
    // A writer with nothing stored to diff against writes it all, as every save did before.
    const { flow, history } = editor.getState();
    const all = await measure(() => other.putFlow('p', flow!, packForStorage(flow!, history)));
    // The next save of the open flow finds another writer's records: read them back first.
    await ws.getState().reloadFromStorage();
    if (i < 2) continue; // warm-up
    changes.push(cost);
    whole.push(all);
  }
  await Promise.all([repo.close(), other.close()]);
  return { steps, changes: summary(changes), whole: summary(whole) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchAutosave());
