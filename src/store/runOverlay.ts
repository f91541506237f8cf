import { createStore } from 'zustand/vanilla';

/** Per-step badge the canvas draws during and after a simulation run. */
export interface StepRunBadge {
  status: 'ok' | 'error' | 'current' | 'skipped';
  durationMs?: number;
  error?: string;
}

export interface RunOverlayState {
  /** Step id → badge. Empty when no simulation is shown. */
  badges: Record<string, StepRunBadge>;
  /** Sequence-flow ids the last run travelled. */
  travelled: string[];
  set: (badges: Record<string, StepRunBadge>, travelled: string[]) => void;
  clear: () => void;
}

/** Written by the simulation UI, read by canvas nodes and edges. Not undoable, not saved. */
export const runOverlay = createStore<RunOverlayState>((set) => ({
  badges: {},
  travelled: [],
  set: (badges, travelled) => set({ badges, travelled }),
  clear: () => set({ badges: {}, travelled: [] }),
}));
