import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { fakeRunScript } from '../../core/engine/testing/fakeRunScript';
import { fixedOptions, flowFixture, lineFlow } from '../../core/engine/testing/flowFixture';
import type { Flow } from '../../core/model/flow';
import type { ScriptRunner } from '../../core/script/types';
import type { RunOverlayState } from '../../store/runOverlay';
import { createSimulationStore, emptyDraft } from '../../store/simulationStore';
import { createSimulationController } from './simulationController';

function setup(runScript: ScriptRunner = fakeRunScript, publishEveryMs?: number) {
  const store = createSimulationStore();
  const overlay = createStore<RunOverlayState>((set) => ({
    badges: {},
    travelled: [],
    set: (badges, travelled) => set({ badges, travelled }),
    clear: () => set({ badges: {}, travelled: [] }),
  }));
  const sim = createSimulationController({
    store,
    overlay,
    runScript,
    runOptions: fixedOptions,
    publishEveryMs,
  });
  return { store, overlay, sim };
}

const script = (body: string) => `function processData(m) { ${body}; return m; }`;
const flowWith = (source: string): Flow =>
  lineFlow(
    [
      {
        id: 'Script_1',
        type: 'script',
        name: 'Script 1',
        config: { scriptFile: 's.js', functionName: '' },
      },
    ],
    {
      scripts: { 's.js': source },
    },
  );
const hello = flowWith(script('m.setBody("Hello " + m.getBody())'));
const draft = { ...emptyDraft(), body: 'you' };

describe('simulation controller', () => {
  it('Run runs to the end and badges every step on the attached canvas', async () => {
    const { store, overlay, sim } = setup();
    sim.attach(hello);
    await sim.run(hello, draft);
    const s = store.getState();
    expect(s.trace?.status).toBe('completed');
    expect(s.trace?.output.body).toBe('Hello you');
    expect(s.busy).toBe(false);
    expect(s.cursor).toBeNull();
    const o = overlay.getState();
    expect(Object.keys(o.badges)).toEqual(['Start', 'Script_1', 'End']);
    expect(o.badges.Script_1?.status).toBe('ok');
    expect(o.travelled).toEqual(['SequenceFlow_1', 'SequenceFlow_2']);
  });

  it('Step runs one step at a time with the next step marked current; Continue finishes', async () => {
    const { store, overlay, sim } = setup();
    sim.attach(hello);
    await sim.step(hello, draft);
    expect(store.getState().trace?.entries.map((e) => e.stepId)).toEqual(['Start']);
    expect(store.getState().position).toBe('Script_1');
    expect(overlay.getState().badges.Script_1?.status).toBe('current');
    await sim.step(hello, draft);
    expect(store.getState().position).toBe('End');
    await sim.continue();
    expect(store.getState().trace?.status).toBe('completed');
    expect(store.getState().position).toBeNull();
    expect(store.getState().stepped).toBe(true);
  });

  it('Stop ends a paused run with status stopped', async () => {
    const { store, sim } = setup();
    sim.attach(hello);
    await sim.step(hello, draft);
    sim.stop();
    expect(store.getState().trace?.status).toBe('stopped');
    expect(store.getState().cursor).toBeNull();
  });

  it('Stop during a Run stops between steps', async () => {
    const { store, sim } = setup();
    sim.attach(hello);
    const running = sim.run(hello, draft);
    sim.stop();
    await running;
    expect(store.getState().trace?.status).toBe('stopped');
    expect(store.getState().trace?.entries).toHaveLength(1);
  });

  it('a failing script gives an error badge with the error text', async () => {
    const { store, overlay, sim } = setup();
    const broken = flowWith(script('throw new TypeError("boom")'));
    sim.attach(broken);
    await sim.run(broken, draft);
    expect(store.getState().trace?.status).toBe('failed');
    expect(overlay.getState().badges.Script_1).toMatchObject({
      status: 'error',
      error: 'Script 1: TypeError: boom',
    });
  });

  it('Clear and detach clear the canvas; reattaching to the same flow shows the run again', async () => {
    const { store, overlay, sim } = setup();
    sim.attach(hello);
    await sim.run(hello, draft);
    sim.detach();
    expect(overlay.getState().badges).toEqual({});
    sim.attach(hello);
    expect(Object.keys(overlay.getState().badges)).toHaveLength(3);
    sim.clear();
    expect(store.getState().trace).toBeNull();
    expect(overlay.getState().badges).toEqual({});
  });

  it('detach ends a paused step-by-step run', async () => {
    const { store, sim } = setup();
    sim.attach(hello);
    await sim.step(hello, draft);
    sim.detach();
    expect(store.getState().cursor).toBeNull();
    expect(store.getState().trace?.status).toBe('stopped');
  });

  it('an edit that changes the run drops trace and results; moving a step does not', async () => {
    const { store, overlay, sim } = setup();
    sim.attach(hello);
    await sim.run(hello, draft);
    const moved = structuredClone(hello);
    moved.process.steps[1]!.position = { x: 999, y: 1 };
    moved.process.steps[1]!.name = 'Renamed';
    sim.syncFlow(moved);
    expect(store.getState().trace).not.toBeNull();
    const edited = structuredClone(hello);
    edited.resources.scripts[0]!.content = script('');
    sim.syncFlow(edited);
    expect(store.getState().trace).toBeNull();
    expect(overlay.getState().badges).toEqual({});
  });

  it('runs test cases and keeps a pass/fail result per case', async () => {
    const { store, sim } = setup();
    const flow = {
      ...hello,
      testCases: [
        {
          id: 'T1',
          name: 'greets',
          input: { body: 'Ann', headers: {}, properties: {} },
          expectations: [{ kind: 'bodyEquals' as const, value: 'Hello Ann' }],
        },
        {
          id: 'T2',
          name: 'wrong',
          input: { body: 'Bob', headers: {}, properties: {} },
          expectations: [{ kind: 'bodyContains' as const, value: 'Ann' }],
        },
      ],
    };
    await sim.runTests(flow, flow.testCases);
    const { results, testsRunning } = store.getState();
    expect(testsRunning).toEqual([]);
    expect(results.T1).toMatchObject({ pass: true, failures: [], testCaseName: 'greets' });
    expect(results.T2?.pass).toBe(false);
    expect(results.T2?.failures[0]).toContain('does not contain');
    sim.showTestRun('T2');
    expect(store.getState().trace?.output.body).toBe('Hello Bob');
  });

  it('a loop runs into the step budget: the run fails and the canvas was updated on the way', async () => {
    // A script that takes a moment, so the run spans several paint intervals.
    const slowScript: ScriptRunner = async (o) => {
      await new Promise((r) => setTimeout(r, 1));
      return fakeRunScript(o);
    };
    const { store, overlay, sim } = setup(slowScript, 20);
    const loop = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        { id: 'Script_1', type: 'script', config: { scriptFile: 's.js', functionName: '' } },
        {
          id: 'Router_1',
          type: 'router',
          config: { noMatch: 'default', routeOrder: [], namespaceMapping: '' },
        },
        { id: 'End', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'Script_1' },
        { source: 'Script_1', target: 'Router_1' },
        {
          id: 'Back',
          source: 'Router_1',
          target: 'Script_1',
          config: { expressionType: 'NonXML', condition: '', isDefault: true },
        },
        {
          source: 'Router_1',
          target: 'End',
          config: { expressionType: 'NonXML', condition: "${header.x} = 'y'", isDefault: false },
        },
      ],
      scripts: { 's.js': script('') },
      limits: { stepBudget: 300 },
    });
    sim.attach(loop);
    let paints = 0;
    overlay.subscribe(() => paints++);
    await sim.run(loop, emptyDraft());
    const t = store.getState().trace!;
    expect(t.status).toBe('failed');
    expect(t.error?.type).toBe('StepBudgetExceeded');
    expect(overlay.getState().badges.Script_1?.status).toBe('ok');
    expect(overlay.getState().travelled).toContain('Back');
    expect(paints).toBeGreaterThan(2); // progress was painted during the run, not only at the end
  });
});
