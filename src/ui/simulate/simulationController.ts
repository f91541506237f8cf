import type { StoreApi } from 'zustand/vanilla';
import {
  createRun,
  runTestCase,
  type RunCursor,
  type RunOptions,
  type Trace,
} from '../../core/engine';
import type { Flow, TestCase } from '../../core/model/flow';
import type { ScriptRunner } from '../../core/script/types';
import type { FlowStores } from '../../core/stores/types';
import type { RunOverlayState } from '../../store/runOverlay';
import type { InputDraft, SimulationStore } from '../../store/simulationStore';
import { draftToMessage } from './inputDraft';
import { runKey } from './runKey';
import { traceToOverlay } from './traceOverlay';

export interface SimulationDeps {
  store: SimulationStore;
  overlay: StoreApi<RunOverlayState>;
  runScript: ScriptRunner;
  /** Extra engine options (fixed ids and clock in tests). */
  runOptions?: Omit<RunOptions, 'runScript' | 'startStepId' | 'endStepId'>;
  /**
   * The simulator's own data stores and variables, kept between runs (test cases run with a
   * store of their own each, so their results never depend on an earlier run).
   */
  stores?: FlowStores;
  /** How long a Run may go without painting progress on the canvas. */
  publishEveryMs?: number;
}

export type SimulationController = ReturnType<typeof createSimulationController>;

/** A trace for a run the engine could not even make (it threw instead of tracing). */
const crashTrace = (message: string): Trace => ({
  status: 'failed',
  entries: [],
  output: { body: '', headers: {}, properties: {} },
  error: { stepId: '', type: 'EngineError', message },
  durationMs: 0,
  route: [],
  exchangeId: '',
  messageId: '',
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Drives runs of the open flow for the Simulate panel: Run, Step, Continue, Stop, Clear and
 * test cases. State lives in the simulation store; the canvas badges are pushed to the run
 * overlay only while the panel is attached.
 */
export function createSimulationController(deps: SimulationDeps) {
  const { store, overlay, runScript } = deps;
  const publishEvery = deps.publishEveryMs ?? 100;
  let attached = false;
  /** Bumped by clear(): a run still awaiting a step then drops its result. */
  let generation = 0;
  let testGeneration = 0;
  let stopRequested = false;

  function publish() {
    if (!attached) return;
    const { trace, position } = store.getState();
    if (!trace) overlay.getState().clear();
    else {
      const { badges, travelled } = traceToOverlay(trace, position);
      overlay.getState().set(badges, travelled);
    }
  }

  function begin(flow: Flow, draft: InputDraft, stepped: boolean): RunCursor {
    generation++;
    stopRequested = false;
    const cursor = createRun(flow, draftToMessage(draft), {
      ...deps.runOptions,
      runScript,
      ...(deps.stores ? { stores: deps.stores } : {}),
      ...(draft.startStepId ? { startStepId: draft.startStepId } : {}),
      ...(draft.endStepId ? { endStepId: draft.endStepId } : {}),
    });
    adopt(flow);
    store.setState({
      cursor,
      trace: cursor.trace,
      position: cursor.position,
      stepped,
      busy: false,
    });
    return cursor;
  }

  /** Runs one step or up to the end; Stop takes effect between steps (a step is never cut). */
  async function drive(cursor: RunCursor, mode: 'one' | 'all') {
    const mine = generation;
    store.setState({ busy: true });
    let painted = performance.now();
    while (!cursor.done) {
      await cursor.next();
      if (mine !== generation) return;
      if (stopRequested) {
        cursor.stop();
        break;
      }
      if (mode === 'one') break;
      if (performance.now() - painted > publishEvery) {
        store.setState({ trace: cursor.trace, position: cursor.position });
        publish();
        await tick(); // let the browser paint and take a click on Stop
        if (mine !== generation) return;
        painted = performance.now();
      }
    }
    stopRequested = false;
    store.setState({
      trace: cursor.trace,
      position: cursor.position,
      cursor: cursor.done ? null : cursor,
      busy: false,
    });
    publish();
  }

  /** Makes the trace and results belong to this flow version, dropping those of another. */
  function adopt(flow: Flow) {
    const key = runKey(flow);
    if (store.getState().flowKey !== key) {
      testGeneration++;
      store.setState({ flowKey: key, results: {}, testsRunning: [] });
    }
  }

  return {
    /** The panel opened (or the flow changed): show the last run when it still fits the flow. */
    attach(flow: Flow | null) {
      attached = true;
      this.syncFlow(flow);
      publish();
    },
    /** The panel closed: a paused run ends and the canvas shows no badges. */
    detach() {
      attached = false;
      const { cursor, busy } = store.getState();
      if (busy) stopRequested = true;
      else if (cursor) store.setState({ trace: cursor.stop(), cursor: null, position: null });
      overlay.getState().clear();
    },
    /** Called on every flow change: any edit that can change a run drops the old run and results. */
    syncFlow(flow: Flow | null) {
      const key = flow ? runKey(flow) : null;
      const s = store.getState();
      if (s.flowKey === key) return;
      generation++;
      testGeneration++;
      stopRequested = false;
      s.clearAll();
      store.setState({ flowKey: key });
      publish();
    },
    async run(flow: Flow, draft: InputDraft) {
      await drive(begin(flow, draft, false), 'all');
    },
    /** One step; starts a new run (and runs its first step) when none is paused. */
    async step(flow: Flow, draft: InputDraft) {
      const { cursor, busy } = store.getState();
      if (busy) return;
      await drive(cursor && !cursor.done ? cursor : begin(flow, draft, true), 'one');
    },
    async continue() {
      const { cursor, busy } = store.getState();
      if (cursor && !busy) await drive(cursor, 'all');
    },
    stop() {
      const { cursor, busy } = store.getState();
      if (busy) stopRequested = true;
      else if (cursor) {
        store.setState({ trace: cursor.stop(), cursor: null, position: null });
        publish();
      }
    },
    clear() {
      generation++;
      stopRequested = false;
      store.getState().clearRun();
      publish();
    },
    /** Runs test cases one after the other, each result shown as soon as it is known. */
    async runTests(flow: Flow, testCases: TestCase[]) {
      adopt(flow);
      const mine = testGeneration;
      store.setState({ testsRunning: testCases.map((t) => t.id) });
      for (const tc of testCases) {
        let result;
        try {
          result = await runTestCase(flow, tc, { ...deps.runOptions, runScript });
        } catch (e) {
          // The engine reports step errors in the trace; this is a crash of the engine itself.
          const message = e instanceof Error ? e.message : String(e);
          result = {
            pass: false,
            failures: [`The run crashed: ${message}`],
            trace: crashTrace(message),
          };
        }
        if (mine !== testGeneration) return;
        store.getState().setResult(tc.id, { ...result, testCaseName: tc.name });
        store.setState((s) => ({ testsRunning: s.testsRunning.filter((id) => id !== tc.id) }));
      }
    },
    /** Shows a test case's run on the canvas and in the panel, as if it had just been run. */
    showTestRun(testCaseId: string) {
      const result = store.getState().results[testCaseId];
      if (!result || store.getState().busy) return;
      generation++;
      store.setState({ trace: result.trace, cursor: null, position: null, stepped: false });
      publish();
    },
  };
}
