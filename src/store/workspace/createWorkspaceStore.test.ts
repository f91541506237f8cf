import { describe, expect, it } from 'vitest';
import { exportFlow, exportPackage } from '../../core/io';
import { helloWorldFlow } from '../../core/io/fixtures/helloWorld';
import { createMemoryRepository, type OpContext } from '../../core/workspace';
import { createEditorStore } from '../editorStore';
import { createWorkspaceStore } from './createWorkspaceStore';

function setup() {
  let n = 0;
  const context: OpContext = { newId: () => `pkg_${++n}`, now: () => '2026-11-24T07:00:00.000Z' };
  const repo = createMemoryRepository();
  const editor = createEditorStore();
  const ws = createWorkspaceStore(repo, { editor, context });
  return { repo, editor, ws, s: () => ws.getState() };
}

async function withPackage() {
  const env = setup();
  const r = await env.s().createPackage({ name: 'Demo Package', shortDescription: 'demo' });
  if (!r.ok) throw new Error('package');
  return { ...env, pkg: r.value };
}

describe('workspace store: packages', () => {
  it('creates, updates, duplicates and deletes packages', async () => {
    const { s, pkg } = await withPackage();
    expect(s().packages.map((p) => p.technicalName)).toEqual(['DemoPackage']);
    const bad = await s().createPackage({ name: 'Other', technicalName: 'demopackage' });
    expect(bad.ok).toBe(false);
    await s().updatePackage(pkg.id, { name: 'Renamed', version: '2.0.0' });
    expect(s().packages[0]).toMatchObject({ name: 'Renamed', version: '2.0.0' });
    await s().createFlow(pkg.id, { name: 'Hello World' });
    const copy = await s().duplicatePackage(pkg.id);
    expect(copy?.technicalName).toBe('DemoPackage_copy');
    expect(s().flowsByPackage[copy!.id]!.map((f) => f.id)).toEqual(['Hello_World_1']);
    await s().deletePackage(pkg.id);
    expect(s().packages.map((p) => p.id)).toEqual([copy!.id]);
    expect(s().flowsByPackage[pkg.id]).toBeUndefined();
  });

  it('load() reads what another store instance wrote', async () => {
    const { repo, pkg, s } = await withPackage();
    await s().createFlow(pkg.id, { name: 'A' });
    const other = createWorkspaceStore(repo, { editor: createEditorStore() });
    await other.getState().load();
    expect(other.getState().loaded).toBe(true);
    expect(other.getState().flowsByPackage[pkg.id]!.map((f) => f.name)).toEqual(['A']);
  });
});

describe('workspace store: flows', () => {
  it('creates a CPI-style flow with a derived, unique id', async () => {
    const { s, pkg } = await withPackage();
    const a = await s().createFlow(pkg.id, { name: 'Hello World', description: 'x' });
    const b = await s().createFlow(pkg.id, { name: 'Hello World' });
    expect(a.ok && a.value.id).toBe('Hello_World');
    expect(b.ok && b.value.id).toBe('Hello_World_1');
    expect(await s().createFlow(pkg.id, { name: ' ' })).toEqual({
      ok: false,
      error: 'Name is required',
    });
    expect(await s().createFlow('nope', { name: 'x' })).toEqual({
      ok: false,
      error: 'Package not found',
    });
  });

  it('creates a flow under an id the user typed, checked for form and uniqueness', async () => {
    const { s, pkg } = await withPackage();
    const a = await s().createFlow(pkg.id, { name: 'Hello World', id: ' hello.v1-a ' });
    expect(a.ok && a.value).toMatchObject({ id: 'hello.v1-a', name: 'Hello World' });
    expect(await s().createFlow(pkg.id, { name: 'Again', id: 'HELLO.v1-A' })).toEqual({
      ok: false,
      error: 'ID "HELLO.v1-A" is already used by another flow',
    });
    expect(await s().createFlow(pkg.id, { name: 'Bad', id: 'a b' })).toEqual({
      ok: false,
      error: 'ID may contain only letters, digits, "_", "-" and "."',
    });
    expect(await s().createFlow(pkg.id, { name: 'Empty', id: '' })).toEqual({
      ok: false,
      error: 'ID is required',
    });
    expect(s().flowsByPackage[pkg.id]!.map((f) => f.id)).toEqual(['hello.v1-a']);
  });

  it('numbers repeated duplicates: "(copy)", "(copy 2)"', async () => {
    const { s, pkg } = await withPackage();
    await s().createFlow(pkg.id, { name: 'Hello World' });
    const first = await s().duplicateFlow('Hello_World');
    const second = await s().duplicateFlow('Hello_World');
    expect(first.ok && first.value.name).toBe('Hello World (copy)');
    expect(second.ok && second.value).toMatchObject({
      id: 'Hello_World_copy_2',
      name: 'Hello World (copy 2)',
    });
  });

  it('opens a flow into the editor with its history, renames, duplicates, deletes', async () => {
    const { s, editor, pkg } = await withPackage();
    await s().createFlow(pkg.id, { name: 'Hello World' });
    expect(await s().openFlow('Hello_World')).toBe(true);
    expect(editor.getState().flow?.id).toBe('Hello_World');
    expect(editor.getState().packageId).toBe(pkg.id);
    expect(s().current).toEqual({ flowId: 'Hello_World', packageId: pkg.id, revision: 1 });

    await s().renameFlow('Hello_World', { name: 'Hello Renamed' });
    expect(editor.getState().flow?.name).toBe('Hello Renamed');
    expect(s().flowsByPackage[pkg.id]![0]!.name).toBe('Hello Renamed');

    const dup = await s().duplicateFlow('Hello_World');
    expect(dup.ok && dup.value).toMatchObject({
      id: 'Hello_Renamed_copy',
      name: 'Hello Renamed (copy)',
    });

    await s().deleteFlow('Hello_World');
    expect(editor.getState().flow).toBeNull();
    expect(s().current).toBeNull();
    expect(s().flowsByPackage[pkg.id]!.map((f) => f.id)).toEqual(['Hello_Renamed_copy']);
  });

  it('saves edits and undo history, and reopens them', async () => {
    const { s, editor, repo, pkg } = await withPackage();
    await s().createFlow(pkg.id, { name: 'F' });
    await s().openFlow('F');
    editor.getState().dispatch('element.rename', { id: 'StartEvent_1', name: 'Begin' });
    await s().saveNow();
    expect(s().saveState).toBe('saved');
    expect(s().lastSavedAt).toBe('2026-11-24T07:00:00.000Z');
    const stored = await repo.getFlow('F');
    expect(stored?.flow.process.steps[0]!.name).toBe('Begin');
    expect(stored?.history.past).toHaveLength(1);

    const ed2 = createEditorStore();
    const ws2 = createWorkspaceStore(repo, { editor: ed2 });
    await ws2.getState().openFlow('F');
    expect(ed2.getState().canUndo).toBe(true);
    ed2.getState().undo();
    expect(ed2.getState().flow?.process.steps[0]!.name).toBe('Start');
  });
});

describe('workspace store: import and export', () => {
  it('imports a flow file, asks on an id clash, then replaces or keeps both', async () => {
    const { s, pkg } = await withPackage();
    const text = exportFlow(helloWorldFlow());
    const first = await s().importFlowFile(pkg.id, text);
    expect(first.status).toBe('imported');
    const clash = await s().importFlowFile(pkg.id, text);
    expect(clash.status === 'exists' && clash.existing.id).toBe('Hello_World');
    const both = await s().importFlowFile(pkg.id, text, 'keepBoth');
    expect(both.status === 'imported' && both.flow.id).toBe('Hello_World_1');
    // The kept copy is told apart by its name too, as a duplicate would be.
    expect(both.status === 'imported' && both.flow.name).toBe('Hello World (copy)');
    expect(s().flowsByPackage[pkg.id]!.map((f) => f.name)).toEqual([
      'Hello World',
      'Hello World (copy)',
    ]);
    const replaced = await s().importFlowFile(pkg.id, text, 'replace');
    expect(replaced.status).toBe('imported');
    expect(
      s()
        .flowsByPackage[pkg.id]!.map((f) => f.id)
        .sort(),
    ).toEqual(['Hello_World', 'Hello_World_1']);
  });

  it('replacing the flow open in the editor opens the imported version', async () => {
    const { s, pkg, editor } = await withPackage();
    const original = helloWorldFlow();
    await s().importFlowFile(pkg.id, exportFlow(original));
    expect(await s().openFlow(original.id)).toBe(true);
    editor.getState().dispatch('flow.rename', { name: 'Edited in the editor' });
    await s().saveNow();
    const replaced = await s().importFlowFile(pkg.id, exportFlow(original), 'replace');
    expect(replaced.status).toBe('imported');
    expect(s().current?.flowId).toBe(original.id);
    expect(editor.getState().flow?.name).toBe(original.name);
    expect(editor.getState().canUndo).toBe(false);
  });

  it('leaves everything untouched when the file is invalid', async () => {
    const { s, pkg, repo } = await withPackage();
    const r = await s().importFlowFile(pkg.id, '{"schemaVersion": 1, "id": 3}');
    expect(r.status).toBe('invalid');
    expect(await repo.listFlows()).toEqual([]);
  });

  it('exports a flow byte-identically to what it imported', async () => {
    const { s, pkg } = await withPackage();
    const text = exportFlow(helloWorldFlow());
    await s().importFlowFile(pkg.id, text);
    expect(await s().exportFlowFile('Hello_World')).toEqual({
      fileName: 'Hello_World.flow.json',
      text,
    });
  });

  it('exports and re-imports a package bundle (keep both gives new ids)', async () => {
    const { s, pkg } = await withPackage();
    await s().importFlowFile(pkg.id, exportFlow(helloWorldFlow()));
    const file = await s().exportPackageFile(pkg.id);
    expect(file?.fileName).toBe('DemoPackage.package.json');
    const clash = await s().importPackageFile(file!.text);
    expect(clash.status).toBe('exists');
    const both = await s().importPackageFile(file!.text, 'keepBoth');
    expect(both.status === 'imported' && both.package.technicalName).toBe('DemoPackage_2');
    expect(both.status === 'imported' && both.package.name).toBe('Demo Package (copy)');
    expect(both.status === 'imported' && both.flows.map((f) => f.id)).toEqual(['Hello_World_1']);
    const replaced = await s().importPackageFile(file!.text, 'replace');
    expect(replaced.status).toBe('imported');
    expect(s().packages).toHaveLength(2);
  });

  it('imports a bundle into an empty workspace', async () => {
    const { s } = setup();
    const text = exportPackage(
      {
        id: 'p9',
        name: 'P',
        technicalName: 'P',
        shortDescription: '',
        description: '',
        version: '1.0.0',
        vendor: '',
        createdAt: 'x',
        modifiedAt: 'x',
      },
      [helloWorldFlow()],
    );
    const r = await s().importPackageFile(text);
    expect(r.status).toBe('imported');
    expect(s().flowsByPackage.p9!.map((f) => f.id)).toEqual(['Hello_World']);
  });
});
