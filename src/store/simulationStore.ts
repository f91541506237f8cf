import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RunCursor, TestCaseResult, Trace } from '../core/engine';

/** One editable row of the input headers or properties table. */
export interface EntryRow {
  id: string;
  name: string;
  value: string;
}

/** The input message as the user is typing it, plus where the run starts and stops. */
export interface InputDraft {
  body: string;
  headers: EntryRow[];
  properties: EntryRow[];
  /** '' = the Start event of the Integration Process. */
  startStepId: string;
  /** '' = run until an End event. */
  endStepId: string;
}

export const emptyDraft = (): InputDraft => ({
  body: '',
  headers: [],
  properties: [],
  startStepId: '',
  endStepId: '',
});

/** A test case run, kept with the name it had so a renamed/deleted case still reads well. */
export interface TestRun extends TestCaseResult {
  testCaseName: string;
}

export interface SimulationState {
  /** Input drafts per flow id: kept while the panel is closed, lost on reload. */
  drafts: Record<string, InputDraft>;
  /**
   * Flow id + run-relevant content the trace and results were made from; when the open flow
   * no longer matches, they are dropped (a stale badge would lie).
   */
  flowKey: string | null;
  /** Last (or current, while stepping) trace; null when nothing was run or it was cleared. */
  trace: Trace | null;
  /** Open step-by-step run; null when no run is paused. */
  cursor: RunCursor | null;
  /** Step the cursor runs next. */
  position: string | null;
  /** A step or a whole run is executing right now. */
  busy: boolean;
  /** The run was driven with Step, so its wall-clock time includes the user's pauses. */
  stepped: boolean;
  /** Test case id → last result. */
  results: Record<string, TestRun>;
  /** Test case ids waiting or running in the current "Run"/"Run all". */
  testsRunning: string[];
  setDraft: (flowId: string, draft: InputDraft) => void;
  updateDraft: (flowId: string, patch: Partial<InputDraft>) => void;
  setResult: (testCaseId: string, result: TestRun) => void;
  /** Forgets the run (trace, cursor) but keeps drafts and test results. */
  clearRun: () => void;
  /** Forgets run and test results (the flow changed). */
  clearAll: () => void;
}

export type SimulationStore = StoreApi<SimulationState>;

const NO_RUN = { trace: null, cursor: null, position: null, busy: false, stepped: false } as const;

/** Simulation state of the flow editor. Not undoable, not saved with the flow. */
export function createSimulationStore(): SimulationStore {
  return createStore<SimulationState>((set, get) => ({
    drafts: {},
    flowKey: null,
    ...NO_RUN,
    results: {},
    testsRunning: [],
    setDraft: (flowId, draft) => set((s) => ({ drafts: { ...s.drafts, [flowId]: draft } })),
    updateDraft: (flowId, patch) =>
      get().setDraft(flowId, { ...(get().drafts[flowId] ?? emptyDraft()), ...patch }),
    setResult: (testCaseId, result) =>
      set((s) => ({ results: { ...s.results, [testCaseId]: result } })),
    clearRun: () => set({ ...NO_RUN }),
    clearAll: () => set({ ...NO_RUN, results: {}, testsRunning: [], flowKey: null }),
  }));
}

/** The app's one simulation store. Tests create their own with createSimulationStore(). */
export const simulationStore = createSimulationStore();
