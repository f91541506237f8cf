import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../store/editorStore';
import { holdEdits } from '../store/pendingEdits';
import { createWorkspaceStore } from '../store/workspace/createWorkspaceStore';
import type { WorkspaceChannel, WorkspaceNotice } from '../store/workspace/types';
import { startAutosave } from './autosave';
import { createIdbRepository } from './idbRepository';

/** Two "tabs" in one process: a channel hub that delivers to every other subscriber. */
function hub() {
  const listeners = new Set<(n: WorkspaceNotice) => void>();
  const make = (): WorkspaceChannel => {
    let mine: ((n: WorkspaceNotice) => void) | null = null;
    return {
      post: (notice) => listeners.forEach((l) => l !== mine && l(structuredClone(notice))),
      subscribe: (l) => {
        mine = (n) => l(n);
        listeners.add(mine);
        return () => listeners.delete(mine!);
      },
    };
  };
  return { make };
}

let dbCount = 0;
async function tab(dbName: string, channel: WorkspaceChannel | null = null) {
  const editor = createEditorStore();
  const ws = createWorkspaceStore(createIdbRepository(dbName), { editor, channel });
  channel?.subscribe((n) => void ws.getState().handleNotice(n));
  await ws.getState().load();
  return { editor, ws };
}

/** One tab creates a package and flow; returns the db name and the flow id. */
async function seed() {
  const dbName = `autosave-${++dbCount}`;
  const { ws } = await tab(dbName);
  const pkg = await ws.getState().createPackage({ name: 'P' });
  if (!pkg.ok) throw new Error();
  await ws.getState().createFlow(pkg.value.id, { name: 'F' });
  return dbName;
}

const rename = (t: { editor: ReturnType<typeof createEditorStore> }, name: string) =>
  t.editor
    .getState()
    .dispatch('element.rename', { id: 'StartEvent_1', name }, { coalesceKey: 'typing' });

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('debounces a burst of edits into one save, within the debounce time', async () => {
    const dbName = await seed();
    const t = await tab(dbName);
    await t.ws.getState().openFlow('F');
    const save = vi.spyOn(t.ws.getState(), 'saveNow');
    const autosave = startAutosave(t.editor, { workspace: t.ws, debounceMs: 250, events: {} });
    rename(t, 'S');
    expect(t.ws.getState().saveState).toBe('saving');
    vi.advanceTimersByTime(100);
    rename(t, 'St');
    vi.advanceTimersByTime(249);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(t.ws.getState().saveState).toBe('saved'));
    const stored = await createIdbRepository(dbName).getFlow('F');
    expect(stored?.flow.process.steps[0]!.name).toBe('St');
    autosave.stop();
  });

  it('saves at least once a second while edits keep coming', async () => {
    const dbName = await seed();
    const t = await tab(dbName);
    await t.ws.getState().openFlow('F');
    const save = vi.spyOn(t.ws.getState(), 'saveNow');
    const autosave = startAutosave(t.editor, {
      workspace: t.ws,
      debounceMs: 250,
      maxWaitMs: 1000,
      events: {},
    });
    for (let i = 0; i < 10; i++) {
      rename(t, `name ${i}`);
      vi.advanceTimersByTime(200);
    }
    // Two seconds of typing every 200 ms: a plain debounce would not have saved yet.
    expect(save).toHaveBeenCalledTimes(2);
    autosave.stop();
  });

  it('flushes at once on pagehide, beforeunload and when the page is hidden', async () => {
    const dbName = await seed();
    const t = await tab(dbName);
    await t.ws.getState().openFlow('F');
    const save = vi.spyOn(t.ws.getState(), 'saveUrgently');
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const autosave = startAutosave(t.editor, {
      workspace: t.ws,
      events: { window: win, document: doc },
    });
    rename(t, 'X');
    win.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
    rename(t, 'Y');
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(save).toHaveBeenCalledTimes(1);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(save).toHaveBeenCalledTimes(2);
    win.dispatchEvent(new Event('beforeunload'));
    expect(save).toHaveBeenCalledTimes(3);
    autosave.stop();
    rename(t, 'Z');
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('on pagehide the write starts inside the handler, after the edits the UI held back', async () => {
    const dbName = await seed();
    const t = await tab(dbName);
    await t.ws.getState().openFlow('F');
    const win = new EventTarget();
    const autosave = startAutosave(t.editor, { workspace: t.ws, events: { window: win } });
    // An edit the UI has not dispatched yet (the script editor holds typing back briefly).
    const release = holdEdits(() => rename(t, 'held back'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    win.dispatchEvent(new Event('pagehide'));
    // Synchronously: no promise, no timer between the event and the write request.
    expect(put).toHaveBeenCalledWith(expect.objectContaining({ id: 'F', revision: 2 }));
    expect(put).toHaveBeenCalledWith(
      expect.objectContaining({
        flowId: 'F',
        value: expect.objectContaining({ name: 'held back' }),
      }),
    );
    put.mockRestore();
    release();
    await vi.waitFor(() => expect(t.ws.getState().saveState).toBe('saved'));
    const stored = await createIdbRepository(dbName).getFlow('F');
    expect(stored?.flow.process.steps[0]!.name).toBe('held back');
    expect(stored?.revision).toBe(2);
    autosave.stop();
  });

  it('an urgent save beside a save in flight is no conflict; the newest edit is stored', async () => {
    const dbName = await seed();
    const t = await tab(dbName);
    await t.ws.getState().openFlow('F');
    rename(t, 'first');
    const first = t.ws.getState().saveNow();
    rename(t, 'second');
    const second = t.ws.getState().saveUrgently();
    await Promise.all([first, second]);
    expect(t.ws.getState().saveState).toBe('saved');
    const stored = await createIdbRepository(dbName).getFlow('F');
    expect(stored?.flow.process.steps[0]!.name).toBe('second');
    expect(t.ws.getState().current?.revision).toBe(stored?.revision);
    rename(t, 'third');
    await t.ws.getState().saveNow();
    expect(t.ws.getState().saveState).toBe('saved');
  });
});

describe('two tabs on one database', () => {
  it('without notices: the stale tab refuses to overwrite and reports a conflict', async () => {
    const dbName = await seed();
    const a = await tab(dbName);
    const b = await tab(dbName);
    await a.ws.getState().openFlow('F');
    await b.ws.getState().openFlow('F');
    rename(a, 'from A');
    await a.ws.getState().saveNow();
    rename(b, 'from B');
    await b.ws.getState().saveNow();
    expect(b.ws.getState().saveState).toBe('conflict');
    expect(b.ws.getState().conflict).toEqual({ flowId: 'F', reason: 'changed' });
    expect(b.ws.getState().error).toMatch(/changed in another tab/);
    const stored = await createIdbRepository(dbName).getFlow('F');
    expect(stored?.flow.process.steps[0]!.name).toBe('from A');

    // Further edits in B still do not write while the conflict stands.
    rename(b, 'from B again');
    await b.ws.getState().saveNow();
    expect((await createIdbRepository(dbName).getFlow('F'))?.flow.process.steps[0]!.name).toBe(
      'from A',
    );
  });

  it('take theirs: reloadFromStorage loads the other tab’s version', async () => {
    const dbName = await seed();
    const a = await tab(dbName);
    const b = await tab(dbName);
    await a.ws.getState().openFlow('F');
    await b.ws.getState().openFlow('F');
    rename(a, 'from A');
    await a.ws.getState().saveNow();
    rename(b, 'from B');
    await b.ws.getState().saveNow();
    await b.ws.getState().reloadFromStorage();
    expect(b.ws.getState().saveState).toBe('saved');
    expect(b.editor.getState().flow?.process.steps[0]!.name).toBe('from A');
    rename(b, 'B after reload');
    await b.ws.getState().saveNow();
    expect(b.ws.getState().saveState).toBe('saved');
  });

  it('keep mine: overwriteWithMine writes this tab’s version; the other tab then conflicts', async () => {
    const dbName = await seed();
    const a = await tab(dbName);
    const b = await tab(dbName);
    await a.ws.getState().openFlow('F');
    await b.ws.getState().openFlow('F');
    rename(a, 'from A');
    await a.ws.getState().saveNow();
    rename(b, 'from B');
    await b.ws.getState().saveNow();
    await b.ws.getState().overwriteWithMine();
    expect(b.ws.getState().saveState).toBe('saved');
    expect((await createIdbRepository(dbName).getFlow('F'))?.flow.process.steps[0]!.name).toBe(
      'from B',
    );
    rename(a, 'A again');
    await a.ws.getState().saveNow();
    expect(a.ws.getState().saveState).toBe('conflict');
  });

  it('with notices: a tab with unsaved edits flags the conflict at once; a clean tab follows', async () => {
    const dbName = await seed();
    const h = hub();
    const a = await tab(dbName, h.make());
    const b = await tab(dbName, h.make());
    const c = await tab(dbName, h.make());
    await a.ws.getState().openFlow('F');
    await b.ws.getState().openFlow('F');
    await c.ws.getState().openFlow('F');
    rename(b, 'unsaved in B');
    rename(a, 'from A');
    await a.ws.getState().saveNow();
    await vi.waitFor(() => expect(b.ws.getState().saveState).toBe('conflict'));
    await vi.waitFor(() => expect(c.editor.getState().flow?.process.steps[0]!.name).toBe('from A'));
    expect(c.ws.getState().saveState).toBe('saved');
    expect(c.ws.getState().current?.revision).toBe(a.ws.getState().current?.revision);
  });

  it('a clean tab follows saves of only what changed with the same flow and undo history', async () => {
    const dbName = await seed();
    const h = hub();
    const a = await tab(dbName, h.make());
    const b = await tab(dbName, h.make());
    await a.ws.getState().openFlow('F');
    await b.ws.getState().openFlow('F');
    for (const name of ['one', 'two', 'three']) {
      rename(a, name);
      a.editor.getState().dispatch('element.move', {
        moves: [{ id: 'EndEvent_1', position: { x: name.length * 100, y: 50 } }],
      });
      await a.ws.getState().saveNow();
      const revision = a.ws.getState().current?.revision;
      await vi.waitFor(() => expect(b.ws.getState().current?.revision).toBe(revision));
      expect(b.editor.getState().flow).toEqual(a.editor.getState().flow);
      expect(b.editor.getState().history).toEqual(a.editor.getState().history);
    }
    a.editor.getState().undo();
    await a.ws.getState().saveNow();
    await vi.waitFor(() => expect(b.editor.getState().canRedo).toBe(true));
    b.editor.getState().redo();
    a.editor.getState().redo();
    expect(b.editor.getState().flow).toEqual(a.editor.getState().flow);
  });

  it('a flow deleted in another tab is a conflict, and keep mine recreates it', async () => {
    const dbName = await seed();
    const a = await tab(dbName);
    const b = await tab(dbName);
    await b.ws.getState().openFlow('F');
    await a.ws.getState().deleteFlow('F');
    rename(b, 'still editing');
    await b.ws.getState().saveNow();
    expect(b.ws.getState().conflict).toEqual({ flowId: 'F', reason: 'deleted' });
    await b.ws.getState().overwriteWithMine();
    expect((await createIdbRepository(dbName).getFlow('F'))?.flow.process.steps[0]!.name).toBe(
      'still editing',
    );
  });
});
