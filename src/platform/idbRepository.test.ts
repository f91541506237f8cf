import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { bigFlow } from '../../scripts/bench/bigFlow';
import { createEditorStore } from '../store/editorStore';
import { createWorkspaceStore } from '../store/workspace/createWorkspaceStore';
import { newFlow } from '../core/model/factory';
import { emptyFlowHistory, summaryOf } from '../core/workspace';
import { describeRepositoryContract, samplePackage } from '../core/workspace/repositoryContract';
import type { Flow, Step } from '../core/model/flow';
import { unpackHistory } from '../core/history/packHistory';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { loadFlow } from '../core/io';
import { createIdbRepository } from './idbRepository';
import { DB_VERSION, openWorkspaceDb, partsOf, wholeFlowRecords } from './workspaceDb';
import { flowParts } from './flowRecords';
import { packForStorage } from '../core/history/packForStorage';

let n = 0;
describeRepositoryContract('IndexedDB', async () => createIdbRepository(`test-db-${++n}`));

it('two connections to one database see each other and cannot overwrite a newer revision', async () => {
  const tabA = createIdbRepository('shared-db');
  const tabB = createIdbRepository('shared-db');
  const flow = newFlow({ id: 'F', name: 'F' });
  await tabA.putFlow('p', flow, emptyFlowHistory());
  const seenByB = await tabB.getFlow('F');
  expect(seenByB?.revision).toBe(1);
  expect(
    await tabA.putFlow('p', { ...flow, name: 'A' }, emptyFlowHistory(), { expectedRevision: 1 }),
  ).toEqual({ ok: true, revision: 2 });
  expect(
    await tabB.putFlow('p', { ...flow, name: 'B' }, emptyFlowHistory(), { expectedRevision: 1 }),
  ).toMatchObject({ ok: false, reason: 'conflict' });
  expect((await tabB.getFlow('F'))?.flow.name).toBe('A');
  await tabA.close();
  await tabB.close();
});

/** Counts the records written to IndexedDB (put) and their size as JSON, while `run` runs. */
async function countWrites(run: () => Promise<unknown>) {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  try {
    await run();
    const values = put.mock.calls.map((c) => c[0]);
    return { records: values.length, bytes: JSON.stringify(values).length, values };
  } finally {
    put.mockRestore();
  }
}

describe('saving what changed', () => {
  let n = 0;
  async function openBig(steps = 1000) {
    const name = `big-${++n}`;
    const writer = createIdbRepository(name);
    await writer.putFlow('p', bigFlow(steps, 'Big'), emptyFlowHistory());
    await writer.close();
    const editor = createEditorStore();
    const ws = createWorkspaceStore(createIdbRepository(name), { editor, channel: null });
    await ws.getState().load();
    expect(await ws.getState().openFlow('Big')).toBe(true);
    return { name, editor, ws };
  }
  const move = (editor: ReturnType<typeof createEditorStore>, id: string, x: number, y = 40) =>
    editor.getState().dispatch('element.move', { moves: [{ id, position: { x, y } }] });
  const reopen = async (name: string) => {
    const editor = createEditorStore();
    const ws = createWorkspaceStore(createIdbRepository(name), { editor, channel: null });
    await ws.getState().load();
    await ws.getState().openFlow('Big');
    return editor;
  };

  it('a 1-step move on a 1,000-step flow writes that step, one undo step and the head', async () => {
    const { name, editor, ws } = await openBig();
    move(editor, 'Step_7', 4321);
    const first = await countWrites(() => ws.getState().saveNow());
    move(editor, 'Step_8', 1234);
    const second = await countWrites(() => ws.getState().saveNow());
    // The whole flow, for comparison: what every save wrote before.
    const whole = await countWrites(() =>
      createIdbRepository(name).putFlow('p', editor.getState().flow!, emptyFlowHistory()),
    );
    expect(whole.records).toBeGreaterThan(2000);
    for (const save of [first, second]) {
      // The step, the undo step (a delta of one step), the head record and the summary.
      expect(save.records).toBe(4);
      expect(save.bytes).toBeLessThan(whole.bytes / 100);
    }
    expect(second.values).toContainEqual(
      expect.objectContaining({
        key: 'e:steps:Step_8',
        value: expect.objectContaining({ position: { x: 1234, y: 40 } }),
      }),
    );
    expect(ws.getState().saveState).toBe('saved');
  });

  it('after saves of only what changed, a reopened flow is the saved flow with its undo history', async () => {
    const { name, editor, ws } = await openBig(50);
    const st = () => editor.getState();
    move(editor, 'Step_1', 11);
    st().dispatch('element.delete', { ids: ['Step_6'] });
    await ws.getState().saveNow();
    st().dispatch('element.rename', { id: 'Step_2', name: 'Renamed' });
    st().dispatch('element.delete', { ids: ['Step_3'] });
    await ws.getState().saveNow();
    st().undo();
    await ws.getState().saveNow();
    st().dispatch('flow.rename', { name: 'Renamed flow' });
    st().dispatch('flow.settings', { settings: { logLevel: 'Debug' } });
    move(editor, 'Step_4', 44);
    await ws.getState().saveNow();
    st().undo();
    st().undo();
    await ws.getState().saveNow();
    const saved = st();
    const again = await reopen(name);
    expect(again.getState().flow).toEqual(saved.flow);
    expect(again.getState().history).toEqual(saved.history);
    expect(again.getState().flow?.name).toBe('Renamed flow');
    // Nothing stale is left behind: exactly the records a whole write of the same state has.
    const db = await openWorkspaceDb(name);
    const stored = (await db.getAll('flowParts')).map((p) => p.key).sort();
    db.close();
    const head = { id: 'Big', packageId: 'p', revision: 1, writeId: '' };
    const packed = packForStorage(saved.flow!, saved.history);
    const whole = wholeFlowRecords(head, saved.flow, packed).parts.map((p) => p.key);
    expect(stored.filter((k) => !k.startsWith('h:'))).toEqual(
      whole.filter((k) => !k.startsWith('h:')).sort(),
    );
    expect(stored.filter((k) => k.startsWith('h:')).length).toBe(
      packed.past.length + packed.future.length,
    );
    // Undo and redo go on from where they were.
    for (const tab of [editor, again]) tab.getState().redo();
    expect(again.getState().flow).toEqual(st().flow);
    for (const tab of [editor, again]) while (tab.getState().canUndo) tab.getState().undo();
    expect(again.getState().flow).toEqual(st().flow);
  });
});

describe('failures and other writers', () => {
  const step = (flow: Flow, i: number) => flow.process.steps[i]!;
  const withStep = (flow: Flow, i: number, change: Partial<Step>): Flow => ({
    ...flow,
    process: {
      ...flow.process,
      steps: flow.process.steps.map((s, j) => (j === i ? { ...s, ...change } : s)),
    },
  });

  it('a write after another connection wrote the flow writes it whole, never a diff on theirs', async () => {
    const a = createIdbRepository('other-writer');
    const b = createIdbRepository('other-writer');
    const flow = bigFlow(5, 'W');
    await a.putFlow('p', flow, emptyFlowHistory());
    const mine = (await a.getFlow('W'))!.flow;
    const first = withStep(mine, 1, { name: 'A1' });
    expect(await a.putFlow('p', first, emptyFlowHistory(), { expectedRevision: 1 })).toEqual({
      ok: true,
      revision: 2,
    });
    const theirs = (await b.getFlow('W'))!.flow;
    expect(step(theirs, 1).name).toBe('A1');
    const changed = withStep(theirs, 2, { name: 'B2' });
    await b.putFlow('p', changed, emptyFlowHistory(), { expectedRevision: 2 });
    // A writes on revision 3 without reading it (as "keep mine" does): its flow is what is stored.
    const next = withStep(first, 3, { name: 'A3' });
    const written = await countWrites(() =>
      a.putFlow('p', next, emptyFlowHistory(), { expectedRevision: 3 }),
    );
    expect(written.records).toBeGreaterThan(5);
    expect((await createIdbRepository('other-writer').getFlow('W'))?.flow).toEqual(next);
    await a.close();
    await b.close();
  });

  it('a failed write stores none of its records and the next save writes what it missed', async () => {
    const editor = createEditorStore();
    const repo = createIdbRepository('failing');
    await repo.putFlow('p', bigFlow(20, 'Big'), emptyFlowHistory());
    const ws = createWorkspaceStore(repo, { editor, channel: null });
    await ws.getState().load();
    await ws.getState().openFlow('Big');
    editor.getState().dispatch('element.rename', { id: 'Step_3', name: 'Lost?' });
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await ws.getState().saveNow();
    put.mockRestore();
    expect(ws.getState().saveState).toBe('error');
    expect(ws.getState().error).toBe('Saving failed: The quota has been exceeded.');
    // Nothing of the failed write is stored: the first record it put was rolled back.
    expect((await createIdbRepository('failing').getFlow('Big'))?.revision).toBe(1);
    expect(
      (await createIdbRepository('failing').getFlow('Big'))?.flow.process.steps[3]?.name,
    ).not.toBe('Lost?');
    editor.getState().dispatch('element.rename', { id: 'Step_4', name: 'After' });
    await ws.getState().saveNow();
    expect(ws.getState().saveState).toBe('saved');
    const stored = await createIdbRepository('failing').getFlow('Big');
    expect(stored?.flow).toEqual(editor.getState().flow);
    expect(stored?.flow.process.steps[3]?.name).toBe('Lost?');
  });
});

describe('remembered flows', () => {
  it('after reading many other flows a save writes the whole flow, and correctly', async () => {
    const repo = createIdbRepository('many-flows');
    for (let i = 0; i < 12; i++) await repo.putFlow('p', bigFlow(3, `F${i}`), emptyFlowHistory());
    const open = (await repo.getFlow('F0'))!.flow;
    const first = { ...open, name: 'first' };
    const small = await countWrites(() =>
      repo.putFlow('p', first, emptyFlowHistory(), { expectedRevision: 1 }),
    );
    for (let i = 1; i < 12; i++) await repo.getFlow(`F${i}`);
    const second = { ...first, description: 'second' };
    const whole = await countWrites(() =>
      repo.putFlow('p', second, emptyFlowHistory(), { expectedRevision: 2 }),
    );
    expect(small.records).toBe(3);
    expect(whole.records).toBeGreaterThan(small.records);
    expect((await createIdbRepository('many-flows').getFlow('F0'))?.flow).toEqual(second);
    await repo.close();
  });
});

describe('records of an earlier cut (no layout in the head)', () => {
  it('are read as they are, and the first save writes the flow whole in the new cut', async () => {
    const name = 'layout-1';
    const flow = bigFlow(3, 'L');
    const repo = createIdbRepository(name);
    await repo.putFlow('p', flow, emptyFlowHistory());
    await repo.close();
    // The same flow as the first cut stored it: resources as one field, no layout in the head.
    const db = await openWorkspaceDb(name);
    const head = (await db.get('flows', 'L'))!;
    delete head.layout;
    await db.put('flows', head);
    await db.delete('flowParts', partsOf('L'));
    const parts = [...flowParts({ ...flow, resources: undefined })].map(([key, value]) => ({
      flowId: 'L',
      key,
      value,
    }));
    for (const p of [...parts, { flowId: 'L', key: 'f:resources', value: flow.resources }])
      await db.put('flowParts', p);
    db.close();
    const again = createIdbRepository(name);
    const stored = (await again.getFlow('L'))!;
    expect(stored.flow).toEqual(flow);
    const edited = { ...stored.flow, name: 'edited' };
    const written = await countWrites(() =>
      again.putFlow('p', edited, emptyFlowHistory(), { expectedRevision: 1 }),
    );
    expect(written.records).toBeGreaterThan(5);
    expect(written.values).toContainEqual(expect.objectContaining({ key: 'o:scripts' }));
    expect((await createIdbRepository(name).getFlow('L'))?.flow).toEqual(edited);
    await again.close();
  });
});

describe('databases of version 1', () => {
  it('open with their flows, histories, packages and summaries; saving goes on from there', async () => {
    const name = 'version-1';
    const flow = bigFlow(10, 'Old');
    const older = { ...flow, name: 'Older name' };
    const pkg = samplePackage('p');
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('packages', { keyPath: 'id' });
        db.createObjectStore('flows', { keyPath: 'id' });
        db.createObjectStore('flowSummaries', { keyPath: 'id' }).createIndex(
          'byPackage',
          'packageId',
        );
      },
    });
    const packed = packForStorage(flow, { past: [older], future: [] });
    const stacks = { past: [older], future: [] };
    await v1.put('packages', pkg);
    await v1.put('flows', { id: 'Old', packageId: 'p', revision: 7, flow, history: packed });
    const other = { ...flow, id: 'Other' };
    await v1.put('flows', {
      id: 'Other',
      packageId: 'p',
      revision: 2,
      flow: other,
      history: stacks,
    });
    await v1.put('flowSummaries', summaryOf('p', flow, '2026-01-01T00:00:00.000Z'));
    await v1.put('flowSummaries', summaryOf('p', other, '2026-01-01T00:00:00.000Z'));
    v1.close();

    const repo = createIdbRepository(name);
    expect(await repo.listPackages()).toEqual([pkg]);
    expect((await repo.listFlows('p')).map((f) => f.id).sort()).toEqual(['Old', 'Other']);
    const old = await repo.getFlow('Old');
    expect(old).toEqual({ flow, history: packed, packageId: 'p', revision: 7 });
    expect(await repo.getFlow('Other')).toEqual({
      flow: other,
      history: stacks,
      packageId: 'p',
      revision: 2,
    });
    const renamed = { ...old!.flow, name: 'New name' };
    const history = packForStorage(renamed, { past: [older, old!.flow], future: [] });
    expect(await repo.putFlow('p', renamed, history, { expectedRevision: 7 })).toEqual({
      ok: true,
      revision: 8,
    });
    await repo.close();
    const again = await createIdbRepository(name).getFlow('Old');
    expect(again?.flow).toEqual(renamed);
    expect(unpackHistory(again!.flow, again!.history).past.map((f) => f.name)).toEqual([
      'Older name',
      flow.name,
    ]);
  });
});

describe('every part of a flow', () => {
  it('survives saves of its changes: fields, settings, scripts, samples, test cases, parameters, adapters', async () => {
    const text = readFileSync(new URL('../../examples/hello-world.flow.json', import.meta.url));
    const loaded = loadFlow(text.toString());
    if (!loaded.ok) throw new Error('example does not load');
    const repo = createIdbRepository('every-part');
    await repo.putFlow('p', loaded.flow, emptyFlowHistory());
    const editor = createEditorStore();
    const ws = createWorkspaceStore(repo, { editor, channel: null });
    await ws.getState().load();
    await ws.getState().openFlow(loaded.flow.id);
    const run = <N extends Parameters<ReturnType<typeof editor.getState>['dispatch']>[0]>(
      name: N,
      payload: Parameters<ReturnType<typeof editor.getState>['dispatch']>[1] & object,
    ) => expect(editor.getState().dispatch(name, payload as never).ok).toBe(true);
    const flow = () => editor.getState().flow!;
    const script = flow().process.steps.find((s) => s.type === 'script')!;
    const sender = flow().messageFlows[0]!;
    const saves: Awaited<ReturnType<typeof countWrites>>[] = [];
    const save = async () => saves.push(await countWrites(() => ws.getState().saveNow()));
    run('flow.rename', { description: 'Described' });
    run('process.rename', { name: 'Main process' });
    await save();
    run('script.edit', { name: flow().resources.scripts[0]!.name, content: '// edited\n' });
    run('sample.set', {
      stepId: script.id,
      sample: { body: 'sample', headers: { h: '1' }, properties: {} },
    });
    await save();
    run('testCase.save', {
      testCase: {
        id: 'Test_2',
        name: 'second',
        input: { body: 'x', headers: {}, properties: {} },
        expectations: [{ kind: 'endsOk' }],
      },
    });
    run('flow.parameters', { values: { Address: '/v1/x' } });
    run('adapter.configure', {
      id: sender.id,
      config: { ...sender.adapter.config, address: '/v1/changed' },
    });
    await save();
    run('testCase.delete', { id: 'Test_1' });
    run('flow.settings', { settings: { returnExceptionToSender: true } });
    await save();
    expect(ws.getState().saveState).toBe('saved');
    // Each save wrote a handful of records, not the flow.
    for (const s of saves) expect(s.records).toBeLessThan(10);
    const again = await createIdbRepository('every-part').getFlow(loaded.flow.id);
    expect(again?.flow).toEqual(flow());
    expect(again?.flow.testCases.map((t) => t.id)).toEqual(['Test_2']);
    expect(again?.flow.parameters?.Address?.value).toBe('/v1/x');
    expect(again?.flow.messageFlows[0]?.adapter.config.address).toBe('/v1/changed');
    expect(unpackHistory(again!.flow, again!.history)).toEqual(editor.getState().history);
  });
});

describe('the write on leaving the page', () => {
  it('writes only what changed too: a 1-step move on 1,000 steps is 4 records', async () => {
    const repo = createIdbRepository('urgent-small');
    await repo.putFlow('p', bigFlow(1000, 'Big'), emptyFlowHistory());
    const stored = (await repo.getFlow('Big'))!;
    const moved = {
      ...stored.flow,
      process: {
        ...stored.flow.process,
        steps: stored.flow.process.steps.map((s) =>
          s.id === 'Step_9' ? { ...s, position: { x: 1, y: 2 } } : s,
        ),
      },
    };
    const history = packForStorage(moved, { past: [stored.flow], future: [] });
    const urgent = { expectedRevision: 1, urgent: true };
    const written = await countWrites(() => repo.putFlow('p', moved, history, urgent));
    expect(written.records).toBe(4);
    const again = await createIdbRepository('urgent-small').getFlow('Big');
    expect(again?.flow).toEqual(moved);
    expect(unpackHistory(again!.flow, again!.history).past).toEqual([stored.flow]);
    await repo.close();
  });

  it('when its changes went onto records another write left, it writes the whole flow after', async () => {
    const a = createIdbRepository('urgent-mixed');
    const b = createIdbRepository('urgent-mixed');
    await a.putFlow('p', bigFlow(5, 'W'), emptyFlowHistory());
    const mine = (await a.getFlow('W'))!.flow;
    const theirs = (await b.getFlow('W'))!.flow;
    // Another writer saves revision 2, which A counts as one of its own writes in flight.
    await b.putFlow('p', { ...theirs, name: 'B' }, emptyFlowHistory(), { expectedRevision: 1 });
    const next = {
      ...mine,
      process: {
        ...mine.process,
        steps: mine.process.steps.map((s, i) => (i === 2 ? { ...s, name: 'A' } : s)),
      },
    };
    const urgent = { expectedRevision: 1, pendingWrites: 1, urgent: true };
    expect(await a.putFlow('p', next, emptyFlowHistory(), urgent)).toEqual({
      ok: true,
      revision: 3,
    });
    expect((await createIdbRepository('urgent-mixed').getFlow('W'))?.flow).toEqual(next);
    // And A's next save goes on from its own records.
    const later = { ...next, description: 'later' };
    await a.putFlow('p', later, emptyFlowHistory(), { expectedRevision: 3 });
    expect((await createIdbRepository('urgent-mixed').getFlow('W'))?.flow).toEqual(later);
    await a.close();
    await b.close();
  });
});

describe('a newer version of the app', () => {
  it('can upgrade the database while this tab has it open; this tab then says to reload', async () => {
    const repo = createIdbRepository('newer-version');
    await repo.putPackage(samplePackage('p'));
    // Another tab opens the database at a higher version: this tab's connection steps aside.
    const newer = await openDB('newer-version', DB_VERSION + 1);
    newer.close();
    await expect(repo.listPackages()).rejects.toThrow(
      'a newer version of the studio upgraded the workspace in another tab; reload this tab',
    );
  });
});
