import { describe, expect, it } from 'vitest';
import type { CommandName, CommandPayloads } from '../core/commands/types';
import { copySelection } from '../core/commands/clipboard';
import type { Flow } from '../core/model/flow';
import { deepFreeze, helloFlow, run } from '../core/rules/__fixtures__/flows';
import { createEditorStore, editorStore } from './editorStore';

function setup(flow: Flow = helloFlow()) {
  let clock = 0;
  const store = createEditorStore({ now: () => clock });
  store.getState().open(deepFreeze(flow), 'pkg');
  return { store, tick: (ms: number) => (clock += ms) };
}

const sample = { body: 'hi', headers: {}, properties: {} };
const testCase = {
  id: 't1',
  name: 'ok',
  input: sample,
  expectations: [{ kind: 'endsOk' as const }],
};
const withExtras = () => {
  let f = run(helloFlow(), 'sample.set', { stepId: 'Script_1', sample });
  f = run(f, 'testCase.save', { testCase });
  f = run(f, 'script.create', { name: 'spare.js' });
  f = run(f, 'element.add', { type: 'exceptionSubprocess', position: { x: 40, y: 300 } });
  // Leaves Script 1 → End open so link.connect has something to connect.
  return run(f, 'element.delete', { ids: ['SequenceFlow_3'] });
};

type Case = {
  [N in CommandName]: { name: N; payload: CommandPayloads[N]; check: (f: Flow) => unknown };
}[CommandName];

const everyCommand: Case[] = [
  {
    name: 'element.add',
    payload: { type: 'script', position: { x: 1, y: 1 } },
    check: (f) => f.process.steps.length,
  },
  {
    name: 'element.move',
    payload: { moves: [{ id: 'Script_1', position: { x: 9, y: 9 } }] },
    check: (f) => f.process.steps[2]!.position,
  },
  { name: 'element.delete', payload: { ids: ['Script_1'] }, check: (f) => f.process.steps.length },
  {
    name: 'element.rename',
    payload: { id: 'Script_1', name: 'Hello' },
    check: (f) => f.process.steps[2]!.name,
  },
  {
    name: 'step.configure',
    payload: { id: 'Script_1', config: { scriptFile: 'spare.js', functionName: 'go' } },
    check: (f) => f.process.steps[2]!.config,
  },
  {
    name: 'link.connect',
    payload: { source: 'Script_1', target: 'EndEvent_1' },
    check: (f) => f.process.sequenceFlows.length,
  },
  {
    name: 'link.configure',
    payload: { id: 'SequenceFlow_2', name: 'go' },
    check: (f) => f.process.sequenceFlows[0]!.name,
  },
  {
    name: 'adapter.configure',
    payload: { id: 'MessageFlow_1', config: { address: '/x' } },
    check: (f) => f.messageFlows[0]!.adapter.config,
  },
  {
    name: 'process.resize',
    payload: { size: { width: 999, height: 499 } },
    check: (f) => f.process.size,
  },
  {
    name: 'step.resize',
    payload: { id: 'ExceptionSubprocess_1', size: { width: 500, height: 260 } },
    check: (f) => f.process.steps[3]!.size,
  },
  { name: 'process.rename', payload: { name: 'Main' }, check: (f) => f.process.name },
  {
    name: 'elements.paste',
    payload: { clipboard: copySelection(helloFlow(), ['Script_1']), offset: { x: 5, y: 5 } },
    check: (f) => f.process.steps.length,
  },
  {
    name: 'elements.duplicate',
    payload: { ids: ['Script_1', 'EndEvent_1'] },
    check: (f) => f.process.steps.length,
  },
  {
    name: 'flow.arrange',
    payload: {
      participants: [],
      steps: [{ id: 'Script_1', position: { x: 300, y: 90 } }],
      process: { size: { width: 1200, height: 500 } },
    },
    check: (f) => [f.process.steps.map((s) => s.position), f.process.size],
  },
  { name: 'flow.rename', payload: { name: 'Renamed' }, check: (f) => f.name },
  {
    name: 'flow.settings',
    payload: { settings: { logLevel: 'Trace' } },
    check: (f) => f.settings.logLevel,
  },
  { name: 'script.create', payload: { name: 'new.js' }, check: (f) => f.resources.scripts.length },
  {
    name: 'script.rename',
    payload: { from: 'script1.js', to: 'hello.js' },
    check: (f) => f.process.steps[2]!.config.scriptFile,
  },
  {
    name: 'script.delete',
    payload: { name: 'spare.js' },
    check: (f) => f.resources.scripts.length,
  },
  {
    name: 'script.edit',
    payload: { name: 'script1.js', content: 'x' },
    check: (f) => f.resources.scripts[0]!.content,
  },
  {
    name: 'sample.set',
    payload: { stepId: 'EndEvent_1', sample },
    check: (f) => Object.keys(f.samples),
  },
  {
    name: 'testCase.save',
    payload: { testCase: { ...testCase, id: 't2' } },
    check: (f) => f.testCases.length,
  },
  { name: 'testCase.delete', payload: { id: 't1' }, check: (f) => f.testCases.length },
];

describe('every command is done, undone and redone exactly', () => {
  it('covers every command name', () => {
    const names = new Set(everyCommand.map((c) => c.name));
    expect(names.size).toBe(23);
  });
  for (const c of everyCommand) {
    it(c.name, () => {
      const { store } = setup(withExtras());
      const before = store.getState().flow!;
      const beforeJson = JSON.stringify(before);
      const result = store.getState().dispatch(c.name, c.payload as never);
      expect(result.ok).toBe(true);
      const after = store.getState().flow!;
      expect(c.check(after)).not.toEqual(c.check(before));
      expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, lastError: null });

      store.getState().undo();
      expect(store.getState().flow).toBe(before);
      expect(JSON.stringify(store.getState().flow)).toBe(beforeJson);
      expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true });

      store.getState().redo();
      expect(store.getState().flow).toBe(after);
      expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false });
      expect(store.getState().history.past).toEqual([before]);
    });
  }
});

describe('editor store', () => {
  it('a refused command sets lastError, changes nothing and is not undoable', () => {
    const { store } = setup();
    const before = store.getState().flow;
    const result = store
      .getState()
      .dispatch('link.connect', { source: 'EndEvent_1', target: 'Script_1' });
    expect(result).toEqual({
      ok: false,
      error: 'An End event cannot have outgoing sequence flows',
    });
    expect(store.getState()).toMatchObject({
      flow: before,
      lastError: 'An End event cannot have outgoing sequence flows',
      canUndo: false,
      revision: 0,
    });
    store.getState().dispatch('element.rename', { id: 'Script_1', name: 'S' });
    expect(store.getState().lastError).toBeNull();
    store.getState().dispatch('element.rename', { id: 'nope', name: 'S' });
    store.getState().clearError();
    expect(store.getState().lastError).toBeNull();
  });
  it('returns created ids; a no-op is not an undo step', () => {
    const { store } = setup();
    expect(
      store.getState().dispatch('element.add', { type: 'script', position: { x: 0, y: 0 } }),
    ).toEqual({
      ok: true,
      created: ['Script_2'],
    });
    const flow = store.getState().flow;
    expect(
      store.getState().dispatch('element.rename', { id: 'Script_2', name: 'Script 2' }),
    ).toEqual({ ok: true, created: [] });
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().history.past).toHaveLength(1);
  });
  it('coalesces a drag or typing burst into one undo step', () => {
    const { store, tick } = setup();
    const original = store.getState().flow;
    for (const name of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      tick(300);
      store
        .getState()
        .dispatch('element.rename', { id: 'Script_1', name }, { coalesceKey: 'rename:Script_1' });
    }
    expect(store.getState().history.past).toHaveLength(1);
    tick(1500);
    store
      .getState()
      .dispatch(
        'element.rename',
        { id: 'Script_1', name: 'Hello!' },
        { coalesceKey: 'rename:Script_1' },
      );
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().flow!.process.steps[2]!.name).toBe('Hello');
    store.getState().undo();
    expect(store.getState().flow).toBe(original);
  });
  it('selection is not undoable and drops deleted elements', () => {
    const { store } = setup();
    store.getState().select(['Script_1', 'EndEvent_1', 'ghost']);
    expect(store.getState().selection).toEqual(['Script_1', 'EndEvent_1']);
    store.getState().dispatch('element.delete', { ids: ['Script_1'] });
    expect(store.getState().selection).toEqual(['EndEvent_1']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['EndEvent_1']);
    store.getState().select([]);
    store.getState().undo();
    expect(store.getState().selection).toEqual([]);
  });
  it('revision counts flow changes by dispatch, undo and redo only', () => {
    const { store } = setup();
    const seen: number[] = [];
    store.subscribe((s, prev) => s.revision !== prev.revision && seen.push(s.revision));
    store.getState().dispatch('element.rename', { id: 'Script_1', name: 'A' });
    store.getState().select(['Script_1']);
    store.getState().undo();
    store.getState().redo();
    store.getState().undo();
    store.getState().undo(); // nothing left: no change
    expect(seen).toEqual([1, 2, 3, 4]);
  });
  it('open restores a saved history; close forgets the flow', () => {
    const { store } = setup();
    store.getState().dispatch('element.rename', { id: 'Script_1', name: 'A' });
    const saved = JSON.parse(JSON.stringify(store.getState().history));
    const flow = store.getState().flow!;
    const other = createEditorStore();
    other.getState().open(flow, 'pkg', saved);
    expect(other.getState()).toMatchObject({
      canUndo: true,
      canRedo: false,
      packageId: 'pkg',
      selection: [],
    });
    other.getState().undo();
    expect(other.getState().flow!.process.steps[2]!.name).toBe('Script 1');
    other.getState().close();
    expect(other.getState()).toMatchObject({
      flow: null,
      packageId: null,
      canUndo: false,
      history: { past: [], future: [] },
    });
    expect(other.getState().dispatch('flow.rename', { name: 'x' })).toEqual({
      ok: false,
      error: 'No flow is open',
    });
  });
  it('never mutates the flows it holds (frozen input survives every command)', () => {
    const { store } = setup(withExtras());
    for (const c of everyCommand) store.getState().dispatch(c.name, c.payload as never);
    expect(store.getState().history.past.length).toBeGreaterThan(10);
  });
  it('exports an app singleton', () => {
    expect(editorStore.getState().flow).toBeNull();
  });
});
