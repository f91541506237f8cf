import { useStore } from 'zustand';
import { getSandbox } from '../../sandbox/client';
import { runOverlay } from '../../store/runOverlay';
import {
  emptyDraft,
  simulationStore,
  type InputDraft,
  type SimulationState,
} from '../../store/simulationStore';
import { createSimulationController } from './simulationController';
import { createFlowStores } from '../../core/stores/flowStores';
import { createMemoryStorage } from '../../core/tenant/storage';

/**
 * The simulator's data stores and variables: its own, never the tenant's, kept in memory while
 * the page is open (a Write in one run is there for a Get in the next; a reload empties them).
 */
export const simulationStores = createFlowStores(createMemoryStorage(), Date.now, 'simulation');

/** The app's simulation: runs in the browser sandbox worker, badges on the editor canvas. */
export const simulation = createSimulationController({
  store: simulationStore,
  overlay: runOverlay,
  runScript: (options) => getSandbox().run(options),
  stores: simulationStores,
});

export function useSimulation<T>(selector: (s: SimulationState) => T): T {
  return useStore(simulationStore, selector);
}

const EMPTY: InputDraft = emptyDraft();

/** The input draft of a flow; a constant empty one until the user types (stable for React). */
export function useDraft(flowId: string): InputDraft {
  return useSimulation((s) => s.drafts[flowId] ?? EMPTY);
}

export const draftOf = (flowId: string): InputDraft =>
  simulationStore.getState().drafts[flowId] ?? EMPTY;

export const updateDraft = (flowId: string, patch: Partial<InputDraft>) =>
  simulationStore.getState().updateDraft(flowId, patch);

/**
 * Starts the sandbox worker (QuickJS load and compile) when the panel opens, so the first
 * Script step of the first run does not show the worker's start-up as its own duration.
 */
export function warmUpSandbox() {
  getSandbox()
    .run({
      source: 'function processData(m) { return m; }',
      message: { body: '', headers: {}, properties: {} },
    })
    .catch(() => {}); // a broken sandbox shows its error on the real run
}
