import type { Flow } from '../core/model/flow';
import type {
  CommandName,
  CommandPayloads,
  DispatchOptions,
  DispatchResult,
} from '../core/commands/types';

export interface HistorySnapshot {
  past: Flow[];
  future: Flow[];
}

/**
 * The editor store (zustand vanilla): the open flow, its undo history and the selection.
 * UI code never mutates the flow; it calls dispatch with a named command.
 */
export interface EditorState {
  flow: Flow | null;
  /** Package the open flow belongs to. */
  packageId: string | null;
  selection: string[];
  canUndo: boolean;
  canRedo: boolean;
  /** Last refused command's reason, for a toast; cleared by the next successful dispatch. */
  lastError: string | null;
  /** Undo history of the open flow (snapshots); persisted with the flow so it survives a reload. */
  history: HistorySnapshot;
  open: (flow: Flow, packageId: string, history?: HistorySnapshot) => void;
  close: () => void;
  dispatch: <N extends CommandName>(
    name: N,
    payload: CommandPayloads[N],
    options?: DispatchOptions,
  ) => DispatchResult;
  undo: () => void;
  redo: () => void;
  select: (ids: string[]) => void;
}
